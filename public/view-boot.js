// Paddock Quotes: runs in <head> of the pages whose address can ask for another view than the
// one prerendered in their HTML (the explorer at /, the lists at /drivers, /races and /teams),
// before the first paint. The HTML holds the default view (all quotes, or every driver by name,
// page 1); an address that asks for another (a filter, an order, another page) must not show it,
// not even for one frame. This marks the page so the stylesheet hides it; the app removes the
// mark as soon as it shows the address's own view. The params that ask for a view are the
// script tag's data-view-params. Without JavaScript nothing is hidden: the default view and a
// note about what needs JavaScript stay readable. A file, not an inline script: the
// Content-Security-Policy allows no inline script.
;(function () {
  const names = (document.currentScript && document.currentScript.dataset.viewParams) || ''
  const search = new URLSearchParams(window.location.search)
  const asks = names.split(' ').some(function (name) {
    return name !== '' && (search.get(name) || '') !== ''
  })
  if (asks) document.documentElement.setAttribute('data-view-pending', '')
})()
