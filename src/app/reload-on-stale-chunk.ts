const FLAG = 'paddock-quotes:reloaded-for-chunk'

/**
 * After a redeploy, an open tab may ask for a page chunk that no longer exists. Load the page
 * again from the server, once, to get the new build: the page the reader was going to (the
 * router only changes the address once the page's code is in), else this one. If that was
 * already tried, let the route's error page explain instead.
 */
export function reloadOnStaleChunk(
  pendingHref: () => string | undefined,
  storage: Storage = window.sessionStorage,
): () => void {
  const onPreloadError = (event: Event) => {
    if (storage.getItem(FLAG)) return
    storage.setItem(FLAG, String(Date.now()))
    event.preventDefault()
    const href = pendingHref()
    if (href === undefined) window.location.reload()
    else window.location.assign(href)
  }
  window.addEventListener('vite:preloadError', onPreloadError)
  // A session that ran fine for a while clears the flag, so the next redeploy reloads too.
  const timer = window.setTimeout(() => storage.removeItem(FLAG), 30_000)
  return () => {
    window.removeEventListener('vite:preloadError', onPreloadError)
    window.clearTimeout(timer)
  }
}
