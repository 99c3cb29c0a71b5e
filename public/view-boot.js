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
// so the index files the view needs are on their way while the app loads. The app takes the
// worker over (src/search/worker/early-worker.ts); without JavaScript modules nothing starts.
;(function () {
  const script = document.currentScript
  const data = (script && script.dataset) || {}
  const search = new URLSearchParams(window.location.search)
  const asks = (data.viewParams || '').split(' ').some(function (name) {
    return name !== '' && (search.get(name) || '') !== ''
  })
  if (!asks) return
  document.documentElement.setAttribute('data-view-pending', '')
  if (!data.worker || typeof Worker !== 'function') return
  ;(data.modules || '').split(' ').forEach(function (href) {
    if (href === '') return
    const link = document.createElement('link')
    link.rel = 'modulepreload'
    link.crossOrigin = ''
    link.href = href
    document.head.appendChild(link)
  })
  let worker
  try {
    worker = new Worker(data.worker, { type: 'module' })
  } catch {
    return
  }
  const early = { worker: worker, failed: false }
  worker.addEventListener('error', function () {
    early.failed = true
  })
  window.__paddockExplorer = early
  const open = function () {
    const page = document.getElementById('page-data')
    if (!page) return
    worker.postMessage({ type: 'open', page: page.textContent, search: window.location.search })
  }
  if (document.readyState !== 'loading') open()
  else {
    document.addEventListener('readystatechange', function opened() {
      document.removeEventListener('readystatechange', opened)
      open()
    })
  }
})()
