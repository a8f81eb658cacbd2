/**
 * CRC-64-AVRO, the 64-bit Rabin fingerprint the Avro specification prescribes for single-object
 * encoding. avsc only offers Node's crypto digests, so the table-driven form from the spec is here.
 */

/** The fingerprint of the empty input, and the polynomial the table is built from. */
const EMPTY = 0xc15d213aa4d7a795n;
const MASK = 0xffffffffffffffffn;

const table: readonly bigint[] = Array.from({ length: 256 }, (_, i) => {
  let fp = BigInt(i);
  for (let j = 0; j < 8; j++) {
    fp = (fp >> 1n) ^ (EMPTY & -(fp & 1n) & MASK);
  }
  return fp;
});

/** CRC-64-AVRO fingerprint of the UTF-8 bytes of `text` (normally a Parsing Canonical Form). */
export function fingerprint64(text: string): bigint {
  let fp = EMPTY;
  for (const byte of Buffer.from(text, "utf8")) {
    // biome-ignore lint/style/noNonNullAssertion: the index is masked to 0..255, always in the table.
    fp = (fp >> 8n) ^ table[Number((fp ^ BigInt(byte)) & 0xffn)]!;
  }
  return fp;
}

/** The 8 little-endian bytes that single-object encoding puts after the marker. */
export function fingerprintBytes(fingerprint: bigint): Buffer {
  const bytes = Buffer.alloc(8);
  bytes.writeBigUInt64LE(fingerprint);
  return bytes;
}

/** The fingerprint as 16 lower-case hex digits, the form used in logs, docs and error messages. */
export function fingerprintHex(fingerprint: bigint): string {
  return fingerprint.toString(16).padStart(16, "0");
}
