import { describe, expect, it } from 'vitest'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { compileSite } from '../../src/page-data/compile-site'
import { jsonForHtml } from '../../src/lib/html-json'
import { earlyViewOf } from '../../src/search/worker/early-view'
import { shippedCopy } from '../support/shipped-dataset'

/*
 * The worker src/app/view-boot.js starts reads the explorer page's data block and the address
 * before the app runs (src/search/worker/early-view.ts): it must start on the view the app will
 * ask for, over the same index, or its head start is wasted (or wrong).
 */

const dataset = shippedCopy()
const explorer = compileSite(buildDatasetIndex(dataset), 'abc123').find(({ path }) => path === '/')
if (!explorer) throw new Error('no explorer page')
// The data block as the build writes it into the page.
const block = jsonForHtml({ key: 'index', data: explorer.data, notFound: false })
const BASE = 'https://paddock.example/'
const [driver, other] = dataset.drivers

describe('the explorer’s early view', () => {
  it('reads the address’s filters and page as the explorer does, over the page’s index', () => {
    const early = earlyViewOf(block, `?driver=${driver?.id}&q=Mans&sort=oldest&page=2`, BASE)
    expect(early?.view).toEqual({
      filters: {
        ...{ driver: [driver?.id], team: [], ambition: [] },
        ...{ q: 'Mans', from: null, to: null, sort: 'oldest' },
      },
      page: 2,
    })
    expect(early?.sources.dataset).toBe('https://paddock.example/data/quotes.json')
    expect(early?.sources.index?.url).toBe('https://paddock.example/data/explorer/abc123/')
    // The records the index's lists are numbered by, in dataset order.
    expect(early?.sources.index?.records.drivers.map(([id]) => id)).toEqual(
      dataset.drivers.map(({ id }) => id),
    )
  })

  it('drops what the dataset does not have, as the explorer does', () => {
    const early = earlyViewOf(block, `?driver=ghost&driver=${other?.id}&from=abc`, BASE)
    expect(early?.view?.filters.driver).toEqual([other?.id])
    expect(early?.view?.filters.from).toBeNull()
  })

  it('starts on no view for the address of all quotes, page 1', () => {
    const early = earlyViewOf(block, '?utm_source=feed', BASE)
    expect(early?.sources.index).toBeDefined()
    expect(early?.view).toBeUndefined()
  })

  it('starts nothing from a data block that does not read as a page’s', () => {
    expect(earlyViewOf('{"data":', `?driver=${driver?.id}`, BASE)).toBeUndefined()
    expect(earlyViewOf('{"data":{"counts":{}}}', `?driver=${driver?.id}`, BASE)).toBeUndefined()
    expect(earlyViewOf('[]', `?driver=${driver?.id}`, BASE)).toBeUndefined()
  })
})
