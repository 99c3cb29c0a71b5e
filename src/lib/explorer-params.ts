/**
 * The explorer's state as it lives in the URL: the one module that reads and writes it, for the
 * explorer itself and for every link into it (paths.explorer).
 */
export const FACETS = ['driver', 'team', 'ambition'] as const
export type Facet = (typeof FACETS)[number]

export type ExplorerFilters = {
  driver?: string | undefined
  team?: string | undefined
  ambition?: string | undefined
  q: string
}

/** The ids each facet accepts: what the dataset knows. */
export type KnownIds = Record<Facet, { has: (id: string) => boolean }>

/** Longest query honoured; the rest of an absurd `q` is ignored rather than searched. */
export const QUERY_MAX = 200

/** The explorer's page of results, 1-based; other filters reset it. */
export const PAGE_PARAM = 'page'
export const PAGE_SIZE = 25

/**
 * Reads the explorer's filters from the URL, against the dataset: an id the dataset does not
 * know is dropped, so a stale or hostile link shows the unfiltered view instead of nothing.
 */
export function parseExplorerParams(params: URLSearchParams, known: KnownIds): ExplorerFilters {
  const filters: ExplorerFilters = { q: capQuery(params.get('q') ?? '') }
  for (const facet of FACETS) {
    const value = params.get(facet)
    filters[facet] = value !== null && known[facet].has(value) ? value : undefined
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
export function withFilters(
  params: URLSearchParams,
  changes: Partial<ExplorerFilters>,
): URLSearchParams {
  const next = new URLSearchParams(params)
  next.delete(PAGE_PARAM)
  for (const [key, value] of Object.entries(changes)) {
    if (typeof value === 'string' && value.trim() !== '') next.set(key, value)
    else next.delete(key)
  }
  return next
}

export function withoutFilters(params: URLSearchParams): URLSearchParams {
  return withFilters(params, { driver: undefined, team: undefined, ambition: undefined, q: '' })
}

export function hasActiveFilters(filters: ExplorerFilters): boolean {
  return Boolean(filters.driver || filters.team || filters.ambition || filters.q.trim())
}
