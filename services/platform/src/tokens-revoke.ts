// `platform tokens revoke`: puts a token id on the deny list in the platform's database, so the next
// request with that token is refused (ADR 0062). The same list the query API's OPS route writes.
import { parseArgs } from "node:util";
import { revocationTargetOf, type TokenRevocationList } from "@bz/auth";

export const revokeUsage = `usage:
  platform tokens revoke (--jti <token id> | --token <JWT>) --reason <text>
Server mode: BZ_READ_MODEL_URL (the query API's database); embedded mode: BZ_DATA_DIR (stop the
embedded platform first: PGlite is single-process).`;

/** Runs `tokens revoke` with `args` (after `revoke`); returns the exit code. */
export async function revokeTokenCommand(
  args: string[],
  revocations: TokenRevocationList,
  revokedBy: string,
  out: (text: string) => void,
): Promise<number> {
  let values: { jti?: string | undefined; token?: string | undefined; reason?: string | undefined };
  try {
    ({ values } = parseArgs({
      args,
      options: { jti: { type: "string" }, token: { type: "string" }, reason: { type: "string" } },
    }));
  } catch (error) {
    out(`${(error as Error).message}\n${revokeUsage}\n`);
    return 2;
  }
  if ((values.jti === undefined) === (values.token === undefined)) {
    out(`give exactly one of --jti <token id> or --token <JWT>\n${revokeUsage}\n`);
    return 2;
  }
  const reason = values.reason?.trim() ?? "";
  if (reason.length < 3) {
    out(
      `--reason ${JSON.stringify(values.reason ?? "")}: say why the token is revoked (3 characters or more)\n`,
    );
    return 2;
  }
  let target: { tokenId: string; expiresAt: string | null };
  if (values.token !== undefined) {
    const read = revocationTargetOf(values.token);
    if ("problem" in read) {
      out(`--token: ${read.problem}\n`);
      return 2;
    }
    target = read;
  } else {
    const tokenId = (values.jti ?? "").trim();
    if (tokenId === "" || tokenId.length > 128) {
      out(`--jti ${JSON.stringify(values.jti)}: a token id is 1 to 128 characters (the token's jti claim)\n`);
      return 2;
    }
    target = { tokenId, expiresAt: null };
  }
  const { revocation, alreadyRevoked } = await revocations.revoke({ ...target, revokedBy, reason });
  out(
    alreadyRevoked
      ? `token ${revocation.tokenId} was already revoked at ${revocation.revokedAt} by ${revocation.revokedBy}\n`
      : `token ${revocation.tokenId} revoked at ${revocation.revokedAt}: the next request with it is refused\n`,
  );
  return 0;
}
