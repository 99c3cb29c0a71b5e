/** The first place in a sorted list whose value is not below `value` (its length if none is). */
export function firstAtOrAfter(sorted: readonly string[], value: string): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >> 1
    if ((sorted[mid] ?? '') < value) low = mid + 1
    else high = mid
  }
  return low
}
