// Paddock Quotes: runs in the <head> of every page, before the first paint, as the parser meets
// it. The build minifies it and writes it inline in each page (scripts/lib/page-head.ts): a file
// would hold the parser for a round trip. The Content-Security-Policy allows it by its hash. It
// starts the app after the first paint (below), and guards that first frame against showing the
// wrong content:
//
// - A host may serve a page's document at another address (an SPA fallback serving index.html
//   for any address, or for a malformed one like /%E0%A4%A). data-page is the address the
//   document was prerendered for; at any other, the page is marked so the stylesheet hides its
//   main content, and the app renders the address in the bar afresh (src/main.tsx).
// - A page whose address can ask for another view than the one in its HTML (the explorer at /,
//   the lists at /drivers, /races and /teams: data-view-params, the params that ask) holds the
//   default view (all quotes, or every driver by name, page 1). An address that asks for another
//   (a filter, an order, another page) must not show it, not even for one frame: the page is
//   marked so the stylesheet hides it; the app removes the mark as soon as it shows the
//   address's own view.
// - On a phone, what a wide screen shows open above the first quote is folded (below).
//
// Without JavaScript nothing is hidden: the document and a note about what needs JavaScript
// stay readable.
//
// On the explorer (data-worker, data-modules: written by the build), an address that asks for a
// view also starts what answers it now, not once the app's code is in: the modules it runs are
// preloaded, and the explorer's worker starts and reads the page's data as soon as it is parsed,
// so the index files the view needs are on their way while the app loads.
;(function () {
  // A classic script running as the parser meets it: currentScript is this tag.
  const data = document.currentScript.dataset
  // The app (data-entry, written by the build; its file is preloaded beside the page) runs once
  // the document is parsed and its first frame painted: evaluating its code is the longest task
  // of a load, and the page needs none of it to paint. A hidden tab paints no frame: at once.
  const start = () => {
    const entry = document.head.appendChild(document.createElement('script'))
    entry.type = 'module'
    entry.src = data.entry
  }
  const afterPaint = () =>
    document.hidden ? start() : requestAnimationFrame(() => setTimeout(start))
  if (data.entry) document.addEventListener('DOMContentLoaded', afterPaint, { once: true })
  // data-page, written by the build (none on the 404 page, which is every unknown address's).
  if (data.page !== undefined) {
    let here = location.pathname
    try {
      here = decodeURIComponent(here)
    } catch {
      // A malformed escape: no page has such an address.
    }
    const trimmed = (path) => path.replace(/\/+$/, '')
    if (trimmed(here) !== trimmed(data.page)) {
      document.documentElement.setAttribute('data-page-other', '')
      return
    }
  }
  // On a phone, a disclosure open in the HTML for a wide screen (data-fold-narrow: the
  // explorer's matrix) is closed as the parser adds it, before the first paint, so the first
  // quote is in the first screen. The app keeps it as it finds it.
  if (matchMedia('(max-width: 40rem)').matches) {
    const fold = new MutationObserver(() => {
      const found = document.querySelector('details[data-fold-narrow]')
      if (!found) return
      found.open = false
      fold.disconnect()
    })
    fold.observe(document, { childList: true, subtree: true })
    document.addEventListener('DOMContentLoaded', () => fold.disconnect(), { once: true })
  }
  if (!data.viewParams) return
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
