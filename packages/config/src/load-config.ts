import { BzError } from "@bz/errors";
import type { z } from "zod";

/** Variables whose values never appear in an error message (keys, passwords). */
const secretPattern = /(KEY|SECRET|PASSWORD|TOKEN)/;

function shown(name: string, value: string | undefined): string {
  if (value === undefined) return "not set";
  if (secretPattern.test(name)) return "set (value hidden)";
  return `"${value}"`;
}

/**
 * Validates environment variables against a service's zod schema (keys are the variable names).
 * On a bad value it throws CONFIG_INVALID naming every bad variable, its value and what is expected.
 */
export function loadConfig<Schema extends z.ZodObject>(
  schema: Schema,
  env: Record<string, string | undefined> = process.env,
): z.output<Schema> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "(environment)");
    return `${name} is ${shown(name, env[name])}: ${issue.message}`;
  });
  throw new BzError("CONFIG_INVALID", `invalid configuration:\n  - ${problems.join("\n  - ")}`, {
    details: { variables: result.error.issues.map((issue) => String(issue.path[0])) },
  });
}

/**
 * For a service's main.ts: loads the configuration or ends the process with exit code 78
 * (EX_CONFIG) and the message on stderr, without a stack trace a person has to read past.
 */
export function loadConfigOrExit<Schema extends z.ZodObject>(
  schema: Schema,
  env: Record<string, string | undefined> = process.env,
): z.output<Schema> {
  try {
    return loadConfig(schema, env);
  } catch (error) {
    if (error instanceof BzError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}
