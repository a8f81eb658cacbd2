#!/usr/bin/env node
// `platform <command>`: tools for the embedded platform. Today: `platform tokens issue|jwks`.
import { demoDataDir, tokensCli } from "./tokens-cli.ts";

const [group, ...args] = process.argv.slice(2);
if (group !== "tokens") {
  process.stdout.write("usage: platform tokens issue|jwks ... (see `platform tokens`)\n");
  process.exit(2);
}
process.exitCode = await tokensCli(args, demoDataDir(), (text) => process.stdout.write(text));
