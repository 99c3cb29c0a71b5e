import { http } from 'msw'
import type { Dataset } from '../../src/dataset/schema'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { compileIndex } from '../../src/search/index-build/compile-index'
import { indexSourceOf } from '../../src/search/worker/explorer-sources'
import type { IndexSource } from '../../src/search/worker/explorer-protocol'
import { server } from './msw-server'
import { jsonText } from './open-app'

/** Where the build's index of a test's dataset is served (data/explorer/<digest>/ in a build). */
export const INDEX_URL = 'http://localhost:3000/data/explorer/test/'

/** Answers a file of the index instead of the file itself, when it returns a response. */
export type IndexOverride = (path: string) => Response | undefined | Promise<Response | undefined>

/**
 * Serves the explorer's index of `dataset` as the build writes it, every file at its path under
 * INDEX_URL (`override` may answer one first), and says what the explorer needs to read it.
 * `fetched` lists the paths asked for, in order.
 */
export function serveIndex(dataset: Dataset, override: IndexOverride = () => undefined) {
  const page = buildDatasetIndex(dataset)
  const files = compileIndex(page)
  const fetched: string[] = []
  server.use(
    http.get(`${INDEX_URL}*`, async ({ request }) => {
      const path = request.url.slice(INDEX_URL.length)
      fetched.push(path)
      const text = files.get(path)
      const answer = await override(path)
      if (answer) return answer
      return text === undefined ? new Response('Not found', { status: 404 }) : jsonText(text)
    }),
  )
  const index: IndexSource = indexSourceOf(page, INDEX_URL)
  return { index, fetched }
}
