// Paddock Quotes: "New quotes are available · Reload", loaded by register-sw.js when a newer
// build's service worker is installed and waiting (window.__paddockUpdate). Reload hands over to
// it; once it controls the page, the page reloads with the new build (docs/offline.md). The
// build minifies this file, and puts the words of each built language where __PADDOCK_WORDS__
// stands (src/i18n/<lang>/offline.ts): the page's language's, else the first's.
;(function () {
  const languages = __PADDOCK_WORDS__
  const words = languages[document.documentElement.lang] ?? Object.values(languages)[0]
  const worker = window.__paddockUpdate
  let reload = false
  navigator.serviceWorker.addEventListener('controllerchange', () => reload && location.reload())
  const bar = document.createElement('div')
  bar.className = 'update-prompt'
  bar.setAttribute('role', 'status')
  bar.textContent = words.update
  const button = bar.appendChild(document.createElement('button'))
  button.type = 'button'
  button.className = 'button button--small'
  button.textContent = words.reload
  button.onclick = () => {
    reload = true
    worker.postMessage('skip-waiting')
    // Another tab's Reload got there first: this worker is in charge already.
    if (worker.state === 'activated') location.reload()
  }
  document.body.appendChild(bar)
})()
