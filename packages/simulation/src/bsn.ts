import type { Random } from "./random.ts";

/** A random nine-digit number that passes the elfproef: simulated residents, never real people. */
export function simulatedBsn(random: Random): string {
  for (;;) {
    const digits = Array.from({ length: 8 }, () => random.int(0, 9));
    const sum = digits.reduce((total, digit, i) => total + (9 - i) * digit, 0);
    const last = sum % 11;
    if (last <= 9 && digits.some((d) => d !== 0)) return [...digits, last].join("");
  }
}
