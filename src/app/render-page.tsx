import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { QueryClientProvider } from '@tanstack/react-query'
import { StaticRouterProvider, createStaticHandler, createStaticRouter } from 'react-router-dom'
import type { PageData } from '../page-data/page-data'
import { splitPageHead } from '../seo/head-tags'
import { createQueryClient } from './query-client'
import { createRoutes } from './routes'
import { loadIslands } from '../components/page/island'
import { lang as languageSet, setLanguage } from '../i18n/language'
import { prefixOf } from '../i18n/prefix'
import { nl } from '../i18n/nl'

export type RenderedPage = {
  /** The page's head tags (src/seo/head-tags.ts), which React hoists. */
  head: string
  /** What goes inside #root. */
  body: string
}

/**
 * The build's side of the app: renders one address with the data the build compiled, exactly as
 * the browser's first render will (main.tsx hydrates it). `data` is what every loader of the
 * address gets: the page's own data.
 */
export function createPageRenderer(base: string, lang = 'en') {
  let current: PageData | null = null
  const basename = base + prefixOf(lang)
  const routes = createRoutes(() => Promise.resolve(current), basename)
  const handler = createStaticHandler(routes, { basename })

  return async function renderPage(path: string, data: PageData): Promise<RenderedPage> {
    current = data
    // Once a batch: the build renders each language's pages in batches (render-pool.ts).
    if (languageSet !== lang) setLanguage(lang, lang === 'nl' ? nl : undefined)
    const url = new URL(`${basename.replace(/\/$/, '')}${path}`, 'http://prerender.invalid')
    const context = await handler.query(new Request(url))
    if (context instanceof Response) throw new Error(`${path}: the router answered a redirect`)
    if (context.errors) {
      const [error] = Object.values(context.errors)
      throw new Error(`${path}: ${error instanceof Error ? error.stack : String(error)}`)
    }
    // Islands render whole here, as the browser takes them over (components/page/island.tsx).
    await loadIslands()
    const router = createStaticRouter(handler.dataRoutes, context)
    const html = renderToString(
      <StrictMode>
        <QueryClientProvider client={createQueryClient()}>
          <StaticRouterProvider router={router} context={context} hydrate={false} />
        </QueryClientProvider>
      </StrictMode>,
    )
    return splitPageHead(html)
  }
}
