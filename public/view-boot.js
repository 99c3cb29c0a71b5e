// Paddock Quotes: runs in <head> of the pages whose address can ask for another view than the
// one prerendered in their HTML (the explorer at /, the lists at /drivers, /races and /teams),
// before the first paint. The HTML holds the default view (all quotes, or every driver by name,
// page 1); an address that asks for another (a filter, an order, another page) must not show it,
// not even for one frame. This marks the page so the stylesheet hides it; the app removes the
// mark as soon as it shows the address's own view. The params that ask for a view are the
// script tag's data-view-params. Without JavaScript nothing is hidden: the default view and a
// note about what needs JavaScript stay readable. A file, not an inline script: the
// Content-Security-Policy allows no inline script.
//
// On the explorer (data-worker, data-modules: written by the build), an address that asks for a
// view also starts what answers it now, not once the app's code is in: the modules it runs are
// preloaded, and the explorer's worker starts and reads the page's data as soon as it is parsed,
// so the index files the view needs are on their way while the app loads. The build minifies
// this file (scripts/lib/site-build.ts).
;(function () {
  // A classic script running as the parser meets it: currentScript is this tag.
  const data = document.currentScript.dataset
  const search = new URLSearchParams(location.search)
  // data-view-params, written by the build: the names of the params that ask for a view.
  const asks = data.viewParams.split(' ').some((name) => search.get(name))
  if (!asks) return
  document.documentElement.setAttribute('data-view-pending', '')
  if (!data.worker) return
  for (const href of data.modules.split(' ')) {
    const link = document.head.appendChild(document.createElement('link'))
    // The address first: a modulepreload link without one is a console warning. No
    // crossorigin: for a module, the same credentials mode as `crossorigin` (same-origin).
    link.href = href
    link.rel = 'modulepreload'
  }
  let worker
  try {
    worker = new Worker(data.worker, { type: 'module' })
  } catch {
    // No Worker here, or the page's policy allows none: the app answers on its own.
    return
  }
  // The app takes it over (src/search/worker/early-worker.ts), unless its script failed.
  window.__paddockExplorer = worker
  worker.onerror = () => (window.__paddockExplorer = undefined)
  const open = () => {
    const page = document.getElementById('page-data')
    if (page) worker.postMessage({ type: 'open', page: page.textContent, search: location.search })
  }
  // Run from the head, as the parser meets it: the document is still loading, and its first
  // change of state is to interactive, when the data block below has been parsed.
  document.addEventListener('readystatechange', open, { once: true })
})()
