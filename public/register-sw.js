// Paddock Quotes: registers the service worker (public/sw.js, docs/offline.md) once the page has
// loaded and gone idle, and asks for a newer build on every page load. When one is ready, it loads
// update-prompt.js, which says so: "New quotes are available · Reload". Every page has this
// file (a file: the Content-Security-Policy allows no inline script); the build minifies it.
;(function () {
  const sw = navigator.serviceWorker
  if (!sw) return
  // The worker sits beside this file, at the build's base (/ or /paddock/), its scope by default.
  const here = document.currentScript.src
  /** A worker installed while an older one runs this page: a newer build is ready. */
  const watch = (worker) => {
    const ready = () => {
      if (worker.state !== 'installed' || !sw.controller || window.__paddockUpdate) return
      window.__paddockUpdate = worker
      document.head.appendChild(document.createElement('script')).src = new URL(
        'update-prompt.js',
        here,
      )
    }
    worker.addEventListener('statechange', ready)
    ready()
  }
  // Not at `load` but once the page is idle after it: the app takes the page over in slices that
  // go on past `load`, and a first install (a small site precaches whole: a few hundred fetches
  // written to the cache) beside them made them longer (Lighthouse's total blocking time on `/`:
  // 240 ms against 10 without the worker; from idle, 10 to 30). A browser without idle callbacks
  // (Safari) registers a moment after `load`. The timeout: a page that never idles still gets it.
  const idle = (run) =>
    window.requestIdleCallback ? requestIdleCallback(run, { timeout: 10000 }) : setTimeout(run, 500)
  const register = () =>
    sw.register(new URL('sw.js', here)).then(
      (registration) => {
        // None where something stands in for the browser's (Playwright's blocked workers).
        if (!registration) return
        if (registration.waiting) watch(registration.waiting)
        if (registration.installing) watch(registration.installing)
        registration.addEventListener('updatefound', () => watch(registration.installing))
        registration.update().catch(() => {})
      },
      () => {},
    )
  addEventListener('load', () => idle(register))
})()
