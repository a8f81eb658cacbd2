/**
 * A token bucket per caller, pure: `rate` tokens a second up to `burst`. Used to bound how many
 * BSNs a partner may pseudonymise (ADR 0042): the key stays here, and the endpoint must not become
 * a way to tabulate all ~10^8 BSNs.
 */
export interface Bucket {
  tokens: number;
  /** Milliseconds since the epoch of the last refill. */
  at: number;
}

export interface BucketLimits {
  rate: number;
  burst: number;
}

/** The outcome of taking `count` tokens at `now`: the new bucket, and when refused, how long to wait. */
export type Take =
  | { granted: true; bucket: Bucket }
  | { granted: false; bucket: Bucket; retryAfterMs: number };

export function take(bucket: Bucket | undefined, count: number, now: number, limits: BucketLimits): Take {
  const start = bucket ?? { tokens: limits.burst, at: now };
  const elapsed = Math.max(0, now - start.at);
  const tokens = Math.min(limits.burst, start.tokens + (elapsed * limits.rate) / 1000);
  if (count <= tokens) return { granted: true, bucket: { tokens: tokens - count, at: now } };
  const missing = Math.min(count, limits.burst) - tokens;
  return {
    granted: false,
    bucket: { tokens, at: now },
    retryAfterMs: count > limits.burst ? Number.POSITIVE_INFINITY : Math.ceil((missing * 1000) / limits.rate),
  };
}
