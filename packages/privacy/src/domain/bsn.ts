/**
 * The elfproef for a BSN (burgerservicenummer): nine digits d1..d9 with
 * 9*d1 + 8*d2 + ... + 2*d8 - 1*d9 divisible by 11. All zeros passes the sum but is no BSN.
 */
export function passesElfproef(bsn: string): boolean {
  if (!/^\d{9}$/.test(bsn) || bsn === "000000000") return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * Number(bsn[i]);
  sum -= Number(bsn[8]);
  return sum % 11 === 0;
}

/** Why a BSN is refused, in words that say what to fix, or undefined when it is valid. */
export function bsnProblem(bsn: string): string | undefined {
  if (!/^\d+$/.test(bsn)) return "a BSN holds digits only";
  if (bsn.length !== 9)
    return `a BSN has 9 digits, this one has ${bsn.length} (add leading zeros if it has 8)`;
  if (!passesElfproef(bsn)) return "the digits fail the elfproef (a typing error?)";
  return undefined;
}
