// Paddock Quotes: runs in <head> of the explorer's page (/) only, before the first paint.
// The prerendered HTML holds the first page of all quotes; an address that asks for another view
// (a filter, a search, another page) must not show that list, not even for one frame. This marks
// the page so the stylesheet hides it; the app removes the mark as soon as it shows the
// address's own view. Without JavaScript nothing is hidden: the list and a note about filtering
// stay readable. A file, not an inline script: the Content-Security-Policy allows no inline script.
if (/[?&](?:driver|team|ambition|q|page)=[^&]/.test(window.location.search)) {
  document.documentElement.setAttribute('data-explorer-pending', '')
}
