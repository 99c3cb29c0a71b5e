import type { Plugin } from 'vite'

/** The module Vite imports `__vitePreload` from in every chunk with a dynamic import. */
const HELPER = '\0vite/preload-helper.js'

/**
 * Vite's preload helper in what this site needs of it: 0.4 kB gzip less on every page. Each
 * dynamic `import()` of the app's code is wrapped as `__vitePreload(() => import(…), deps)`,
 * `deps` the chunk's own imports: each is asked for at once beside it (a modulepreload link),
 * not one round trip after the other. Vite's own helper also loads and waits for stylesheets,
 * reads a CSP nonce and finds the link kind a browser supports: this site has no stylesheet
 * chunk (its styles are in each page), no nonce (its CSP allows scripts by file), and targets
 * browsers that know modulepreload (one that does not ignores the link and fetches each chunk
 * when imported). As Vite's, a failed import is announced as `vite:preloadError`, which
 * src/app/reload-on-stale-chunk.ts answers, and thrown unless a listener prevented it.
 */
export function preloadHelper(): Plugin {
  let base = '/'
  return {
    name: 'paddock:preload-helper',
    enforce: 'pre',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    resolveId: (id) => (id === HELPER ? HELPER : undefined),
    load(id) {
      if (id !== HELPER) return undefined
      return `let seen
export const __vitePreload = (load, deps) => {
  if (deps) {
    seen ??= new Set([...document.getElementsByTagName('link')].map((link) => link.href))
    for (const dep of deps) {
      const href = new URL(${JSON.stringify(base)} + dep, document.baseURI).href
      if (seen.has(href)) continue
      seen.add(href)
      const link = document.createElement('link')
      link.rel = 'modulepreload'
      link.crossOrigin = ''
      link.href = href
      document.head.appendChild(link)
    }
  }
  return load().catch((error) => {
    const event = new Event('vite:preloadError', { cancelable: true })
    event.payload = error
    if (dispatchEvent(event)) throw error
  })
}
`
    },
  }
}
