import { type FileHandle, open } from "node:fs/promises";
import type { EventLogLogger } from "./logger.ts";
import { decodeFrames, encodeFrame, maxFrameBytes, type StoredRecord } from "./segment-format.ts";
import { Wakeup } from "./wakeup.ts";

const scanChunkBytes = 4 * 1024 * 1024;

/**
 * One partition of the embedded log: an append-only segment file and an in-memory index from
 * offset to byte position. Appends are serialized and fsynced before they resolve; a torn tail
 * left by a crash is cut off when the file is opened.
 */
export class PartitionLog {
  /** Notified after each durable append. */
  readonly appended = new Wakeup();
  readonly #file: FileHandle;
  /** Byte position of each record; the record's offset is its index. */
  readonly #positions: number[];
  #size: number;
  #appending: Promise<void> = Promise.resolve();
  #broken: Error | undefined;

  private constructor(file: FileHandle, positions: number[], size: number) {
    this.#file = file;
    this.#positions = positions;
    this.#size = size;
  }

  /** Opens (or creates) the segment at `path`, indexing its whole records and dropping a torn tail. */
  static async open(path: string, logger: EventLogLogger): Promise<PartitionLog> {
    // "a+": appends always land at the end of the file, reads are positional.
    const file = await open(path, "a+");
    try {
      const { size: fileSize } = await file.stat();
      const positions: number[] = [];
      let position = 0;
      let wanted = scanChunkBytes;
      while (position < fileSize) {
        const length = Math.min(wanted, fileSize - position);
        const chunk = Buffer.allocUnsafe(length);
        const { bytesRead } = await file.read(chunk, 0, length, position);
        const decoded = decodeFrames(chunk.subarray(0, bytesRead));
        for (const frameLength of decoded.frameLengths) {
          positions.push(position);
          position += frameLength;
        }
        if (decoded.corrupt || bytesRead < length) break;
        if (decoded.consumed === 0) {
          // A frame larger than the chunk: read exactly that frame next, unless it runs past the end.
          const frameBytes = 8 + chunk.readUInt32BE(0);
          if (position + frameBytes > fileSize || frameBytes > maxFrameBytes + 8) break;
          wanted = frameBytes;
        } else {
          wanted = scanChunkBytes;
        }
      }
      if (position < fileSize) {
        logger.warn(
          { path, validBytes: position, droppedBytes: fileSize - position },
          "cutting off a torn or corrupt tail of an embedded log segment (a crash during an append)",
        );
        await file.truncate(position);
        await file.sync();
      }
      return new PartitionLog(file, positions, position);
    } catch (error) {
      await file.close();
      throw error;
    }
  }

  /** The next offset to be written. */
  get endOffset(): number {
    return this.#positions.length;
  }

  /** Appends records in order; resolves once they are on disk (fsync), with their first offset. */
  append(records: StoredRecord[]): Promise<number> {
    const frames = records.map(encodeFrame);
    const result = this.#appending.then(() => this.#write(frames));
    this.#appending = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  async #write(frames: Buffer[]): Promise<number> {
    if (this.#broken !== undefined) throw this.#broken;
    const firstOffset = this.#positions.length;
    const start = this.#size;
    const data = Buffer.concat(frames);
    try {
      let written = 0;
      while (written < data.length) {
        const { bytesWritten } = await this.#file.write(data, written, data.length - written);
        written += bytesWritten;
      }
      await this.#file.datasync();
    } catch (error) {
      // Leave no partial frames behind for the next append to follow; if even that fails, refuse
      // further appends rather than index garbage.
      await this.#file.truncate(start).catch((truncateError: unknown) => {
        this.#broken = new Error(`segment left inconsistent after a failed append`, { cause: truncateError });
      });
      throw error;
    }
    let position = start;
    for (const frame of frames) {
      this.#positions.push(position);
      position += frame.length;
    }
    this.#size = position;
    this.appended.notify();
    return firstOffset;
  }

  /** Reads up to `maxRecords` records from `offset` on (fewer once `maxBytes` is reached, at least one). */
  async read(offset: number, maxRecords: number, maxBytes: number): Promise<StoredRecord[]> {
    const available = this.#positions.length - offset;
    if (available <= 0 || offset < 0) return [];
    const start = this.#positions[offset] ?? this.#size;
    let count = Math.min(maxRecords, available);
    const endOf = (n: number) => this.#positions[offset + n] ?? this.#size;
    while (count > 1 && endOf(count) - start > maxBytes) count = Math.ceil(count / 2);
    const length = endOf(count) - start;
    const buffer = Buffer.allocUnsafe(length);
    const { bytesRead } = await this.#file.read(buffer, 0, length, start);
    const decoded = decodeFrames(buffer.subarray(0, bytesRead), count);
    if (decoded.records.length !== count) {
      throw new Error(`embedded log segment unreadable at offset ${offset + decoded.records.length}`);
    }
    return decoded.records;
  }

  /** Waits for pending appends, then closes the file. */
  async close(): Promise<void> {
    await this.#appending;
    await this.#file.close();
  }
}
