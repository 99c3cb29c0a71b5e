/**
 * The explorer's state as it lives in the URL: the one module that reads and writes it, for the
 * explorer itself and for every link into it (paths.explorer).
 */
export const FACETS = ['driver', 'team', 'ambition'] as const
export type Facet = (typeof FACETS)[number]

/** Each facet's chosen ids, in the order chosen: OR within a facet, AND across facets and `q`. */
export type ExplorerFilters = Record<Facet, readonly string[]> & { q: string }

/** What a link or a control changes: a facet takes one id, a list, or undefined to clear it. */
export type FilterChanges = Partial<Record<Facet, string | readonly string[] | undefined>> & {
  q?: string | undefined
}

export const NO_FILTERS: ExplorerFilters = { driver: [], team: [], ambition: [], q: '' }

/** Filters from a partial description: a facet given one id, a list or nothing. */
export function filtersFrom(changes: FilterChanges): ExplorerFilters {
  const ids = (value: FilterChanges[Facet]) =>
    value === undefined ? [] : typeof value === 'string' ? [value] : value
  return {
    driver: ids(changes.driver),
    team: ids(changes.team),
    ambition: ids(changes.ambition),
    q: changes.q ?? '',
  }
}

/** The ids each facet accepts: what the dataset knows. */
export type KnownIds = Record<Facet, { has: (id: string) => boolean }>

/** Longest query honoured; the rest of an absurd `q` is ignored rather than searched. */
export const QUERY_MAX = 200

/** Most ids honoured per facet: a hostile URL repeating `driver=` cannot make filtering slow. */
export const FACET_VALUES_MAX = 50

/** The explorer's page of results, 1-based; other filters reset it. */
export const PAGE_PARAM = 'page'
export const PAGE_SIZE = 25

/**
 * Reads the explorer's filters from the URL, against the dataset: an id the dataset does not
 * know is dropped, and so is a repeated one, so a stale or hostile link shows what it can.
 */
export function parseExplorerParams(params: URLSearchParams, known: KnownIds): ExplorerFilters {
  const filters = { ...NO_FILTERS, q: capQuery(params.get('q') ?? '') }
  for (const facet of FACETS) {
    const ids = new Set(params.getAll(facet).filter((id) => known[facet].has(id)))
    filters[facet] = [...ids].slice(0, FACET_VALUES_MAX)
  }
  return filters
}

/** Cuts an over-long query without splitting a surrogate pair, which the URL would turn into �. */
export function capQuery(q: string): string {
  const capped = q.slice(0, QUERY_MAX)
  return /[\uD800-\uDBFF]$/.test(capped) ? capped.slice(0, -1) : capped
}

/** The page asked for, if it is a whole number within the results; otherwise page 1. */
export function parsePage(params: URLSearchParams, resultCount: number): number {
  const raw = params.get(PAGE_PARAM) ?? ''
  const page = /^[1-9]\d{0,6}$/.test(raw) ? Number(raw) : 1
  return page <= pageCount(resultCount) ? page : 1
}

export function pageCount(resultCount: number): number {
  return Math.max(1, Math.ceil(resultCount / PAGE_SIZE))
}

export function withPage(params: URLSearchParams, page: number): URLSearchParams {
  const next = new URLSearchParams(params)
  if (page > 1) next.set(PAGE_PARAM, String(page))
  else next.delete(PAGE_PARAM)
  return next
}

/** Writes filter changes onto the current params, back to page 1, keeping any others. */
export function withFilters(params: URLSearchParams, changes: FilterChanges): URLSearchParams {
  let next = new URLSearchParams(params)
  next.delete(PAGE_PARAM)
  for (const [key, value] of Object.entries(changes)) {
    const values: readonly unknown[] = Array.isArray(value) ? value : [value]
    const kept = values.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    next = replaced(next, key, kept)
  }
  return next
}

/** The params with `key`'s values replaced where the first one was, so a link changes little. */
function replaced(params: URLSearchParams, key: string, values: readonly string[]) {
  const next = new URLSearchParams()
  let written = false
  for (const [k, v] of params) {
    if (k !== key) next.append(k, v)
    else if (!written) for (const value of values) next.append(key, value)
    written ||= k === key
  }
  if (!written) for (const value of values) next.append(key, value)
  return next
}

export function withoutFilters(params: URLSearchParams): URLSearchParams {
  return withFilters(params, { driver: [], team: [], ambition: [], q: '' })
}

export function hasActiveFilters(filters: ExplorerFilters): boolean {
  return FACETS.some((facet) => filters[facet].length > 0) || filters.q.trim() !== ''
}

/** The ids with `id` added, or taken out if it was there: choosing an option toggles it. */
export function toggled(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id]
}

/** One string per set of filters: equal filters, equal keys (ids are slugs, without spaces). */
export function filtersKey(filters: ExplorerFilters): string {
  return JSON.stringify([...FACETS.map((facet) => filters[facet].join(' ')), filters.q])
}
