import { randomBytes } from "node:crypto";
import { open, rename } from "node:fs/promises";
import { dirname } from "node:path";

/** Marks temporary files of {@link writeFileAtomically}; a reader skips (and may delete) them. */
export const temporaryMarker = ".tmp-";

/**
 * Replaces `path` with `data` so that after a crash it holds the old or the new content, never a
 * mix: write a temporary file, fsync it, rename it over the target, fsync the folder (the rename is
 * durable only once the folder's entry is on disk).
 */
export async function writeFileAtomically(path: string, data: string): Promise<void> {
  const temporary = `${path}${temporaryMarker}${randomBytes(4).toString("hex")}`;
  const file = await open(temporary, "w");
  try {
    await file.writeFile(data);
    await file.sync();
  } finally {
    await file.close();
  }
  await rename(temporary, path);
  const dir = await open(dirname(path), "r");
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}
