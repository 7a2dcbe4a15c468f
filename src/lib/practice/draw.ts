/**
 * Drawing a prompt at random, reproducibly: the same seed draws the same prompt, so a
 * shared link (or a test) can ask for a particular draw.
 */

/** mulberry32: a small, well-mixed 32-bit PRNG; returns numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One item drawn with the given seed, avoiding `exclude` (the prompt just practised) when
 * anything else is left. Returns undefined only for an empty list.
 */
export function drawOne<T>(items: readonly T[], seed: number, exclude?: T): T | undefined {
  const pool = items.length > 1 && exclude !== undefined ? items.filter((item) => item !== exclude) : items;
  if (pool.length === 0) return undefined;
  return pool[Math.floor(seededRandom(seed)() * pool.length)];
}
