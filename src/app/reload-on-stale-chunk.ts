const FLAG = 'paddock-quotes:reloaded-for-chunk'

/**
 * After a redeploy, an open tab may ask for a page chunk that no longer exists. Reload once to
 * get the new build; if that was already tried, let the route's error page explain instead.
 */
export function reloadOnStaleChunk(storage: Storage = window.sessionStorage): () => void {
  const onPreloadError = (event: Event) => {
    if (storage.getItem(FLAG)) return
    storage.setItem(FLAG, String(Date.now()))
    event.preventDefault()
    window.location.reload()
  }
  window.addEventListener('vite:preloadError', onPreloadError)
  // A session that ran fine for a while clears the flag, so the next redeploy reloads too.
  const timer = window.setTimeout(() => storage.removeItem(FLAG), 30_000)
  return () => {
    window.removeEventListener('vite:preloadError', onPreloadError)
    window.clearTimeout(timer)
  }
}
