/**
 * Kafka's default partitioner for keyed records, byte for byte: murmur2 of the key's UTF-8 bytes
 * (the Java client's variant, seed 0x9747b28c), made positive by masking the sign bit, modulo the
 * partition count. The embedded log uses it so a key lands in the same partition number as on a
 * real broker, and data moved between the two keeps its per-key order.
 */

const seed = 0x9747b28c;
const m = 0x5bd1e995;

/** Kafka's murmur2 hash of `data` as a signed 32-bit integer (`Utils.murmur2` in the Java client). */
export function murmur2(data: Uint8Array): number {
  const length = data.length;
  // Math.imul and `| 0` keep every step in 32-bit two's complement, as Java's int arithmetic does.
  let h = (seed ^ length) | 0;
  const length4 = length >>> 2;
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    let k =
      (data[i4] ?? 0) |
      ((data[i4 + 1] ?? 0) << 8) |
      ((data[i4 + 2] ?? 0) << 16) |
      ((data[i4 + 3] ?? 0) << 24);
    k = Math.imul(k, m);
    k ^= k >>> 24;
    k = Math.imul(k, m);
    h = Math.imul(h, m);
    h ^= k;
  }
  // The tail bytes mix cumulatively (the reference implementation's switch falls through).
  const tail = length & ~3;
  const rest = length % 4;
  if (rest >= 3) h ^= (data[tail + 2] ?? 0) << 16;
  if (rest >= 2) h ^= (data[tail + 1] ?? 0) << 8;
  if (rest >= 1) {
    h ^= data[tail] ?? 0;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return h | 0;
}

/** The partition Kafka's default partitioner picks for `key` in a topic of `partitions` partitions. */
export function partitionForKey(key: string, partitions: number): number {
  if (!Number.isInteger(partitions) || partitions < 1) {
    throw new RangeError(`partitionForKey: partitions must be a positive integer, got ${partitions}`);
  }
  return (murmur2(Buffer.from(key, "utf8")) & 0x7fffffff) % partitions;
}
