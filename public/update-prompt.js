// Paddock Quotes: "New quotes are available · Reload", loaded by register-sw.js when a newer
// build's service worker is installed and waiting (window.__paddockUpdate). Reload hands over to
// it; once it controls the page, the page reloads with the new build (docs/offline.md). The
// build minifies this file.
;(function () {
  const worker = window.__paddockUpdate
  let reload = false
  navigator.serviceWorker.addEventListener('controllerchange', () => reload && location.reload())
  const bar = document.createElement('div')
  bar.className = 'update-prompt'
  bar.setAttribute('role', 'status')
  bar.textContent = 'New quotes are available · '
  const button = bar.appendChild(document.createElement('button'))
  button.type = 'button'
  button.className = 'button button--small'
  button.textContent = 'Reload'
  button.onclick = () => {
    reload = true
    worker.postMessage('skip-waiting')
    // Another tab's Reload got there first: this worker is in charge already.
    if (worker.state === 'activated') location.reload()
  }
  document.body.appendChild(bar)
})()
