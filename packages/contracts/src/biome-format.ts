import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..", "..");

/**
 * `text` as the repository's Biome formats it (aligned Markdown tables), so a generated file
 * passes `biome check` and the staleness test compares like with like.
 */
export function biomeFormat(text: string, filePath: string): string {
  const run = spawnSync(
    join(root, "node_modules", ".bin", "biome"),
    ["format", `--stdin-file-path=${filePath}`],
    {
      cwd: root,
      input: text,
      encoding: "utf8",
    },
  );
  if (run.status !== 0) throw new Error(`biome format ${filePath} failed: ${run.stderr}`);
  return run.stdout;
}
