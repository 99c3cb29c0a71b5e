/**
 * A promise made on first use and shared after that; one that fails is forgotten, so the next
 * call tries again (a failed download or chunk is not kept for good).
 */
export function rememberPromise<T>(make: () => Promise<T>): () => Promise<T> {
  let kept: Promise<T> | undefined
  return () => {
    if (!kept) {
      const made = make()
      kept = made
      made.catch(() => {
        if (kept === made) kept = undefined
      })
    }
    return kept
  }
}
