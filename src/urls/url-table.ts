import { SLUG_PATTERN } from '../lib/slug'
import { FACETS, PAGE_PARAM } from './explorer-params'

/** The dataset's lists of records a page type's id names (src/dataset/schema.ts). */
type Records = 'drivers' | 'races' | 'teams' | 'quotes'

type PageTypeSpec = {
  /** The address: `/` or static segments, the last of them `:param` for a record's id. */
  path: string
  /** The dataset's records the id names, for a page of one record. */
  records?: Records
  /** Search params that ask the page for another view than the one its HTML holds. */
  viewParams?: readonly string[]
  /** A reader's own page (their saved quotes): kept out of the sitemap and search engines. */
  personal?: true
}

/**
 * The params of a list page's view (list-params.ts reads and writes them). Not imported from
 * there: the table is in every page's first script, list-params only in the lists' chunks.
 */
const LIST_PARAMS = ['q', 'sort', 'page'] as const

/**
 * Every address of the site, in one table. The route table (src/app/routes.tsx), `paths`, the
 * page-data keys, the build (which pages serve other views) and the preview server read it;
 * tests check the nginx configs and the rest against it. An id is a slug (src/lib/slug.ts), so
 * no page address has a dot, and an address that has one names a file.
 */
export const PAGE_TYPES = {
  explorer: { path: '/', viewParams: [...FACETS, 'q', 'sort', 'from', 'to', PAGE_PARAM] },
  drivers: { path: '/drivers', viewParams: LIST_PARAMS },
  driver: { path: '/drivers/:driverId', records: 'drivers' },
  races: { path: '/races', viewParams: LIST_PARAMS },
  race: { path: '/races/:raceId', records: 'races' },
  teams: { path: '/teams', viewParams: LIST_PARAMS },
  team: { path: '/teams/:teamId', records: 'teams' },
  quote: { path: '/quotes/:quoteId', records: 'quotes' },
  saved: { path: '/saved', personal: true },
} as const satisfies Record<string, PageTypeSpec>

export type PageType = keyof typeof PAGE_TYPES

/** The explorer's data file (data/pages/index.json): its address has no name of its own. */
const INDEX_KEY = 'index'

/** The name the 404 page is built under (404.html): never a page itself. */
export const NOT_FOUND_PATH = '/404'

/** The folders of files, never of pages: assets/ (hashed build output) and data/. */
export const FILE_FOLDERS = ['assets', 'data'] as const

const isPageType = (name: string): name is PageType => Object.hasOwn(PAGE_TYPES, name)

/** The page types, in the table's order. */
export const PAGE_TYPE_NAMES: readonly PageType[] = Object.keys(PAGE_TYPES).filter(isPageType)

const spec = (type: PageType): PageTypeSpec => PAGE_TYPES[type]
const segmentsOf = (path: string) => path.split('/')

/** The name of the id param in a page type's address (`driverId`), if it has one. */
export function paramOf(type: PageType): string | undefined {
  return /\/:(\w+)$/.exec(spec(type).path)?.[1]
}

/** A page type's path as the router takes it below the root: `drivers/:driverId`, none for `/`. */
export function routePathOf(type: PageType): string | undefined {
  const path = spec(type).path.slice(1)
  return path === '' ? undefined : path
}

/** The records a page type's id names, if it is the page of one record. */
export function recordsOf(type: PageType): Records | undefined {
  return spec(type).records
}

/** Whether the page at a path belongs in the sitemap: not a reader's own (saved quotes). */
export function isListedPage(path: string): boolean {
  const type = pageAt(path)?.type
  return type !== undefined && spec(type).personal !== true
}

/** The search params that ask a page type for another view; none for a record's page. */
export function viewParamsOf(type: PageType): readonly string[] {
  return spec(type).viewParams ?? []
}

/**
 * The in-app address of a page: `pathOf('driver', 'ada')` is /drivers/ada (the id encoded), and
 * `pathOf('drivers')` is /drivers. In the app, `paths` (paths.ts) builds them.
 */
export function pathOf(type: PageType, id?: string): string {
  const { path } = spec(type)
  if ((paramOf(type) === undefined) !== (id === undefined)) {
    throw new Error(`${path}: ${id === undefined ? 'an id is needed' : 'takes no id'}`)
  }
  return path.replace(/:\w+$/, () => encodeURIComponent(id ?? ''))
}

/** An in-app address read against the table: which page it is, its id, its data's name. */
export type PageAddress = {
  type: PageType
  /** The record's id, for the page of one record. */
  id: string | undefined
  /** The name of the page's data file under data/pages/: `index`, `drivers/ada`. */
  dataKey: string
}

/**
 * The page at an in-app path (decoded, as `appPath` gives it), or undefined: no page type has
 * that form, or its id is no slug (nothing to fetch: the page says "not found").
 */
export function pageAt(path: string): PageAddress | undefined {
  const segments = segmentsOf(path)
  for (const type of PAGE_TYPE_NAMES) {
    const pattern = segmentsOf(spec(type).path)
    if (pattern.length !== segments.length) continue
    let id: string | undefined
    const matches = pattern.every((part, i) => {
      const segment = segments[i] ?? ''
      if (!part.startsWith(':')) return part === segment
      id = segment
      return SLUG_PATTERN.test(segment)
    })
    if (matches) return { type, id, dataKey: path.slice(1) || INDEX_KEY }
  }
  return undefined
}

/** The search params that ask the page at `path` for another view, if it has any. */
export function viewParamsAt(path: string): readonly string[] | undefined {
  const page = pageAt(path)
  const params = page && viewParamsOf(page.type)
  return params && params.length > 0 ? params : undefined
}

/** Whether a path below the base names a file, not a page: under a file folder, or `x.ext`. */
export function isFileAddress(path: string): boolean {
  const inFileFolder = FILE_FOLDERS.some((folder) => path.startsWith(`/${folder}/`))
  return inFileFolder || /\.[A-Za-z0-9]+$/.test(path)
}
