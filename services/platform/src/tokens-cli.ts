// `platform tokens issue`: tokens from the embedded platform's local key, for the demo and for trying
// the API by hand. Server mode takes tokens from the organisation's identity provider instead.
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { localSigningKey, professionalRoles, staffRoles, tokenClaims } from "@bz/auth";
import { localTokenAudience, localTokenIssuer } from "./platform.ts";

const usage = `usage:
  platform tokens issue --user <id> --org <PARTNER> --role <${staffRoles.join("|")}> [--role ...] [--on-behalf-of <id>]
                        [--professional-role <${professionalRoles.join("|")}>] [--ttl <seconds>]
  platform tokens issue --client <pseudonym> [--user <id>] [--acting-as CLIENT|LEGAL_REPRESENTATIVE|PARENT] [--ttl <seconds>]
  platform tokens jwks
  platform tokens revoke (--jti <token id> | --token <JWT>) --reason <text>
The key is <BZ_DATA_DIR>/token-signing-key.json (default .data/platform), made on first use.`;

/** Runs the CLI with `args` (without `tokens`); returns the exit code. */
export async function tokensCli(
  args: string[],
  dataDir: string,
  out: (text: string) => void,
): Promise<number> {
  const [command, ...rest] = args;
  const key = await localSigningKey(join(dataDir, "token-signing-key.json"));
  if (command === "jwks") {
    out(`${JSON.stringify(key.jwks, null, 2)}\n`);
    return 0;
  }
  if (command !== "issue") {
    out(`${usage}\n`);
    return 2;
  }
  const { values } = parseArgs({
    args: rest,
    options: {
      user: { type: "string" },
      org: { type: "string" },
      role: { type: "string", multiple: true },
      "on-behalf-of": { type: "string" },
      "professional-role": { type: "string" },
      client: { type: "string" },
      "acting-as": { type: "string" },
      ttl: { type: "string" },
    },
  });
  const claims =
    values.client === undefined
      ? {
          bz_kind: "staff",
          sub: values.user,
          bz_org: values.org,
          bz_roles: values.role,
          ...(values["on-behalf-of"] === undefined ? {} : { bz_on_behalf_of: values["on-behalf-of"] }),
          ...(values["professional-role"] === undefined
            ? {}
            : { bz_professional_role: values["professional-role"] }),
        }
      : {
          bz_kind: "client",
          sub: values.user ?? `client-${values.client.slice(-8)}`,
          bz_subject: values.client,
          bz_acting_as: values["acting-as"] ?? "CLIENT",
        };
  const parsed = tokenClaims.safeParse(claims);
  if (!parsed.success) {
    const flagOf: Record<string, string> = {
      sub: "user",
      bz_org: "org",
      bz_roles: "role",
      bz_subject: "client",
      bz_acting_as: "acting-as",
      bz_professional_role: "professional-role",
    };
    const problems = parsed.error.issues.map((issue) => {
      const claim = String(issue.path[0] ?? "?");
      return `--${flagOf[claim] ?? claim}: ${issue.message}`;
    });
    out(`${problems.join("\n")}\n${usage}\n`);
    return 2;
  }
  const ttl = values.ttl === undefined ? 8 * 3600 : Number(values.ttl);
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > 7 * 86_400) {
    out("--ttl is a whole number of seconds, at most 604800 (7 days)\n");
    return 2;
  }
  out(
    `${await key.issue(parsed.data, { issuer: localTokenIssuer, audience: localTokenAudience, ttlSeconds: ttl })}\n`,
  );
  return 0;
}

/** The data folder the CLI and `make demo` share. */
export function demoDataDir(): string {
  return resolve(process.env.BZ_DATA_DIR ?? ".data/platform");
}
