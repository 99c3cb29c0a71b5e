import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSize, type InitialJs } from '../lib/js-size'

/** What the report says about bytes: the app's and the floor's initial JS, and what was fetched. */
export type SizeReport = {
  chromium: string
  app: InitialJs
  floor: InitialJs
  ratio: number
  fetched: FetchedJs
}

export type FetchedJs = { files: { file: string; gzipBytes: number }[]; gzipBytes: number }

/** The gzip size of the same-origin scripts at `urls`, read from the `site` that served them. */
export function fetchedJs(site: string, urls: readonly string[]): FetchedJs {
  const files = [...new Set(urls.map((url) => new URL(url).pathname.slice(1)))].map((file) => ({
    file,
    gzipBytes: gzipSize(readFileSync(path.join(site, file))),
  }))
  return { files, gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0) }
}
