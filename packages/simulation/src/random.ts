/** A seeded random source, so a simulation or a test data set can be reproduced exactly. */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** A version-4-shaped UUID from this source (not for secrets). */
  uuid(): string;
}

/** mulberry32: tiny, fast and good enough for simulated data; never for keys. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error("pick from an empty list");
      return item;
    },
    uuid: () => {
      // Never nine decimal digits in a row: a run could pass the elfproef and look like a BSN.
      for (;;) {
        const id = hexUuid();
        if (!/[0-9]{9}/.test(id)) return id;
      }
    },
  };
  function hexUuid(): string {
    const word = () => Math.floor(next() * 4294967296);
    const a = word().toString(16).padStart(8, "0");
    const b = word().toString(16).padStart(8, "0");
    const c = word().toString(16).padStart(8, "0");
    const d = word().toString(16).padStart(8, "0");
    const variant = ((Number.parseInt(c.charAt(0), 16) & 0x3) | 0x8).toString(16);
    return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
  }
  return random;
}
