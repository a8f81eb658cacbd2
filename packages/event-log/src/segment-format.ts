import { crc32 } from "node:zlib";

/**
 * The embedded log's on-disk record format. A segment is a run of frames:
 * `u32 payloadLength | u32 crc32(payload) | payload`, and a payload is
 * `i64 timestampMs | i32 keyLength (-1: no key) | key | u32 valueLength | value |
 * u32 headerCount | (u32 nameLength | name | u32 valueLength | value)*`, all big-endian, strings UTF-8.
 * The checksum tells a torn last frame (a crash mid-append) from a whole one.
 */

/** A record as the embedded log stores it; its offset is its position in the segment. */
export interface StoredRecord {
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
  timestampMs: number;
}

const frameHeaderBytes = 8;
/** Larger frames are treated as garbage: a torn length field must not make us allocate gigabytes. */
export const maxFrameBytes = 64 * 1024 * 1024;

/** Encodes one record as a complete frame. */
export function encodeFrame(record: StoredRecord): Buffer {
  const key = record.key === null ? null : Buffer.from(record.key, "utf8");
  const headers = Object.entries(record.headers).map(
    ([name, value]) => [Buffer.from(name, "utf8"), Buffer.from(value, "utf8")] as const,
  );
  const headerBytes = headers.reduce((sum, [name, value]) => sum + 8 + name.length + value.length, 0);
  const payloadLength = 8 + 4 + (key?.length ?? 0) + 4 + record.value.length + 4 + headerBytes;
  if (payloadLength > maxFrameBytes) {
    throw new RangeError(`a record of ${payloadLength} bytes exceeds the embedded log's ${maxFrameBytes}`);
  }
  const frame = Buffer.allocUnsafe(frameHeaderBytes + payloadLength);
  let at = frameHeaderBytes;
  frame.writeBigInt64BE(BigInt(record.timestampMs), at);
  at += 8;
  frame.writeInt32BE(key === null ? -1 : key.length, at);
  at += 4;
  if (key !== null) at += key.copy(frame, at);
  frame.writeUInt32BE(record.value.length, at);
  at += 4;
  at += record.value.copy(frame, at);
  frame.writeUInt32BE(headers.length, at);
  at += 4;
  for (const [name, value] of headers) {
    frame.writeUInt32BE(name.length, at);
    at += 4;
    at += name.copy(frame, at);
    frame.writeUInt32BE(value.length, at);
    at += 4;
    at += value.copy(frame, at);
  }
  const payload = frame.subarray(frameHeaderBytes);
  frame.writeUInt32BE(payloadLength, 0);
  frame.writeUInt32BE(crc32(payload), 4);
  return frame;
}

/** Whole frames found at the start of a buffer, and how many bytes they span. */
export interface DecodedFrames {
  records: StoredRecord[];
  /** Byte length of each decoded frame, in order (the caller builds its offset index from them). */
  frameLengths: number[];
  /** Bytes consumed by whole, valid frames; anything after is incomplete or torn. */
  consumed: number;
  /** True when decoding stopped at bytes that can never become a valid frame (bad length or checksum). */
  corrupt: boolean;
}

/**
 * Decodes the whole, valid frames at the start of `data`. Stops at the first incomplete frame (more
 * bytes may follow in the file) or the first invalid one (`corrupt`: a torn write to be cut off).
 */
export function decodeFrames(data: Buffer, maxRecords = Number.POSITIVE_INFINITY): DecodedFrames {
  const records: StoredRecord[] = [];
  const frameLengths: number[] = [];
  let at = 0;
  while (records.length < maxRecords && data.length - at >= frameHeaderBytes) {
    const payloadLength = data.readUInt32BE(at);
    if (payloadLength > maxFrameBytes || payloadLength < 20) {
      return { records, frameLengths, consumed: at, corrupt: true };
    }
    const end = at + frameHeaderBytes + payloadLength;
    if (end > data.length) break;
    const payload = data.subarray(at + frameHeaderBytes, end);
    const record = crc32(payload) === data.readUInt32BE(at + 4) ? decodePayload(payload) : undefined;
    if (record === undefined) return { records, frameLengths, consumed: at, corrupt: true };
    records.push(record);
    frameLengths.push(end - at);
    at = end;
  }
  return { records, frameLengths, consumed: at, corrupt: false };
}

/** Decodes a payload whose checksum matched; undefined when its fields do not add up. */
function decodePayload(payload: Buffer): StoredRecord | undefined {
  let at = 0;
  const need = (bytes: number): boolean => at + bytes <= payload.length;
  const readBytes = (length: number): Buffer | undefined => {
    if (!need(length)) return undefined;
    const bytes = payload.subarray(at, at + length);
    at += length;
    return bytes;
  };
  const readU32 = (): number | undefined => {
    if (!need(4)) return undefined;
    const value = payload.readUInt32BE(at);
    at += 4;
    return value;
  };
  if (!need(12)) return undefined;
  const timestampMs = Number(payload.readBigInt64BE(at));
  at += 8;
  const keyLength = payload.readInt32BE(at);
  at += 4;
  let key: string | null = null;
  if (keyLength >= 0) {
    const keyBytes = readBytes(keyLength);
    if (keyBytes === undefined) return undefined;
    key = keyBytes.toString("utf8");
  }
  const valueLength = readU32();
  const value = valueLength === undefined ? undefined : readBytes(valueLength);
  const headerCount = readU32();
  if (value === undefined || headerCount === undefined) return undefined;
  const headers: [string, string][] = [];
  for (let i = 0; i < headerCount; i++) {
    const nameLength = readU32();
    const name = nameLength === undefined ? undefined : readBytes(nameLength);
    const headerLength = readU32();
    const headerValue = headerLength === undefined ? undefined : readBytes(headerLength);
    if (name === undefined || headerValue === undefined) return undefined;
    headers.push([name.toString("utf8"), headerValue.toString("utf8")]);
  }
  if (at !== payload.length) return undefined;
  // Copy: the caller's buffer is a reusable read chunk, the record outlives it.
  // fromEntries defines own properties, so even a header named "__proto__" stays a header.
  return { key, value: Buffer.from(value), headers: Object.fromEntries(headers), timestampMs };
}
