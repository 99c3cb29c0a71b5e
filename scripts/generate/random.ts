/** The generator's one source of chance: a seeded PRNG and the draws made from it. */

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export type Random = ReturnType<typeof makeRandom>
/** Draws items by rank; `loud`: the items that can be drawn, busiest first. */
export type Zipf<T> = { draw: () => T; loud: readonly T[] }

export function makeRandom(seed: number) {
  const next = mulberry32(seed)
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
  /** k distinct indices out of 0..n-1 (a partial Fisher-Yates shuffle). */
  const sample = (n: number, k: number): number[] => {
    const indices = Array.from({ length: n }, (_, i) => i)
    const count = Math.min(k, n)
    for (let i = 0; i < count; i++) {
      const j = i + Math.floor(next() * (n - i))
      const a = indices[i] ?? 0
      indices[i] = indices[j] ?? 0
      indices[j] = a
    }
    return indices.slice(0, count)
  }
  /**
   * Draws from `items` with Zipf-like weights: the item ranked r (from 1) weighs 1 / r^exponent,
   * and items of weight 0 (`quiet`) are never drawn. Ranks are shuffled once, by this PRNG.
   */
  const zipf = <T>(items: readonly T[], exponent: number, quiet = 0): Zipf<T> => {
    const ranked = sample(items.length, items.length).flatMap((i) => {
      const item = items[i]
      return item === undefined ? [] : [item]
    })
    const loud = ranked.slice(0, ranked.length - quiet)
    const cumulative: number[] = []
    let total = 0
    for (let r = 0; r < loud.length; r++) cumulative.push((total += 1 / (r + 1) ** exponent))
    const draw = (): T => {
      const item = loud[weightedIndex(cumulative, next() * total)]
      if (item === undefined) throw new Error('draw from an empty list')
      return item
    }
    return { draw, loud }
  }
  return { next, int, pick, sample, zipf, chance: (p: number) => next() < p }
}

/** The place a draw lands: the first whose running total of weights passes `target`. */
export function weightedIndex(cumulative: ArrayLike<number>, target: number): number {
  let low = 0
  let high = cumulative.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    if ((cumulative[middle] ?? 0) > target) high = middle
    else low = middle + 1
  }
  return low
}
