#!/usr/bin/env node
// `platform <group> <command>`: operator tools.
//   platform tokens issue|jwks ...      demo and test tokens (see `platform tokens`)
//   platform tokens revoke ...          put a token id on the deny list (ADR 0062)
//   platform access-log purge|verify   retention behind a signed anchor, chain check (ADR 0063)
//   platform kafka provision [--prune]  topics and ACLs of every catalogue partner (ADR 0041)
//   platform projections status|rebuild <name|all>  read models: checkpoints, lag, rebuild (ADR 0037)
import { demoDataDir, tokensCli } from "./tokens-cli.ts";

const [group, ...args] = process.argv.slice(2);
if (group === "tokens" && args[0] === "revoke") {
  await import("./tokens-revoke-cli.ts");
} else if (group === "tokens") {
  process.exitCode = await tokensCli(args, demoDataDir(), (text) => process.stdout.write(text));
} else if (group === "access-log") {
  await import("./access-log-cli.ts");
} else if (group === "kafka") {
  await import("./kafka-provision-cli.ts");
} else if (group === "projections") {
  await import("./projections-cli.ts");
} else {
  process.stderr.write(
    `unknown command group "${group ?? ""}": use platform tokens issue|jwks|revoke ..., platform access-log purge|verify ..., platform kafka provision [--prune] or platform projections status|rebuild <name|all>\n`,
  );
  process.exit(2);
}
