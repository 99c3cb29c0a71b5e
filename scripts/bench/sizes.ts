import type { Browser } from '@playwright/test'
import { jsFilesAt, type JsFiles } from '../lib/js-size'
import { scriptsRequested } from '../lib/page-scripts'
import { MAX_RATIO_TO_FLOOR } from '../lib/size-budget'

export { MAX_RATIO_TO_FLOOR }

/**
 * Every script `/` at `origin` requests until it is `ready` and the network is idle, with the
 * gzip sizes (level 9) of the files of `site` that served them: as `npm run size` measures.
 */
export async function jsOfHomeAt(
  browser: Browser,
  origin: string,
  site: string,
  ready: string,
): Promise<JsFiles> {
  return jsFilesAt(site, await scriptsRequested(browser, `${origin}/`, ready))
}
