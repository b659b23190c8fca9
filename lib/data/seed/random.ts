/** mulberry32: tiny, fast and reproducible, unlike Math.random. */
export function pseudoRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof pseudoRandom>;

export function pick<T>(random: Random, values: readonly T[]): T {
  if (values.length === 0) throw new Error('pick from an empty list');
  return values[Math.floor(random() * values.length)]!;
}
