/**
 * A cache of the `limit` values last asked for: each made once, kept while it is among the
 * most recently used, and dropped (to be made again if asked) once `limit` others are newer.
 * `forget` drops one, if it is still the value made for its key: for a failure, not kept.
 */
export function rememberRecent<T>(limit: number) {
  const kept = new Map<string, T>()
  return {
    get(key: string, make: () => T): T {
      const found = kept.get(key)
      // The Map keeps insertion order: the oldest first, so the next to go.
      kept.delete(key)
      const value = found ?? make()
      kept.set(key, value)
      for (const oldest of kept.keys()) {
        if (kept.size <= limit) break
        kept.delete(oldest)
      }
      return value
    },
    forget(key: string, value: T) {
      if (kept.get(key) === value) kept.delete(key)
    },
    get size() {
      return kept.size
    },
  }
}
