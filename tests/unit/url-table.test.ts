import { matchRoutes, type RouteObject } from 'react-router-dom'
import { describe, expect, it } from 'vitest'
import { createRoutes } from '../../src/app/routes'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { compileSite } from '../../src/page-data/compile-site'
import { pageDataKey } from '../../src/page-data/page-data'
import { appPath } from '../../src/urls/app-path'
import { paths } from '../../src/urls/paths'
import {
  PAGE_TYPE_NAMES,
  isFileAddress,
  pageAt,
  paramOf,
  pathOf,
  recordsOf,
  viewParamsAt,
  type PageType,
} from '../../src/urls/url-table'
import { shippedCopy } from '../support/shipped-dataset'

// The address table (src/urls/url-table.ts) is the URL space; the router, `paths`, the page-data
// keys and the build's pages must each agree with it, for every page type it has.

/** The documented address of each page type (docs/product.md), and its data file's name. */
const DOCUMENTED: Record<PageType, [id: string | undefined, path: string, dataKey: string]> = {
  explorer: [undefined, '/', 'index'],
  drivers: [undefined, '/drivers', 'drivers'],
  driver: ['pierre-gasly', '/drivers/pierre-gasly', 'drivers/pierre-gasly'],
  races: [undefined, '/races', 'races'],
  race: ['le-mans', '/races/le-mans', 'races/le-mans'],
  teams: [undefined, '/teams', 'teams'],
  team: ['ferrari', '/teams/ferrari', 'teams/ferrari'],
  quote: [
    'vergne-wants-the-indy-500',
    '/quotes/vergne-wants-the-indy-500',
    'quotes/vergne-wants-the-indy-500',
  ],
  saved: [undefined, '/saved', 'saved'],
}

/** Each page type's builder in `paths`: a type the table has and `paths` lacks fails typecheck. */
const BUILT_BY_PATHS: Record<PageType, (id: string) => string> = {
  explorer: () => paths.explorer(),
  drivers: () => paths.drivers(),
  driver: (id) => paths.driver(id),
  races: () => paths.races(),
  race: (id) => paths.race(id),
  teams: () => paths.teams(),
  team: (id) => paths.team(id),
  quote: (id) => paths.quote(id),
  saved: () => paths.saved(),
}

const routes = createRoutes(() => Promise.resolve(null), '/')
/** The route the router picks for an address, and the params it reads. */
function routed(path: string, basename = '/') {
  const match = matchRoutes(routes, path, basename)?.at(-1)
  return { id: match?.route.id, params: match?.params ?? {} }
}

describe('the address table', () => {
  it('has every documented page type, and no other', () => {
    expect([...PAGE_TYPE_NAMES].sort()).toEqual(Object.keys(DOCUMENTED).sort())
  })

  describe.each(PAGE_TYPE_NAMES.map((type) => [type] as const))('the page type %s', (type) => {
    const [id, path, dataKey] = DOCUMENTED[type]
    const param = paramOf(type)

    it('has its documented address, built by the table and by paths', () => {
      expect(param === undefined).toBe(id === undefined)
      expect(recordsOf(type) === undefined).toBe(id === undefined)
      expect(pathOf(type, id)).toBe(path)
      expect(BUILT_BY_PATHS[type](id ?? '')).toBe(path)
      expect(() => pathOf(type, id === undefined ? 'x' : undefined)).toThrow()
    })

    it('reads back from its address: the type, the id and the data file’s name', () => {
      expect(pageAt(path)).toEqual({ type, id, dataKey })
      expect(pageDataKey(path)).toBe(dataKey)
      expect(pageAt(appPath(`https://x.example/paddock${path}`, '/paddock/'))?.type).toBe(type)
      expect(isFileAddress(path)).toBe(false)
    })

    it('is the route the router picks, with the id as the table’s param', () => {
      const { id: routeId, params } = routed(path)
      expect(routeId).toBe(type)
      if (param !== undefined) expect(params[param]).toBe(id)
      expect(routed(`/paddock${path === '/' ? '' : path}`, '/paddock').id).toBe(type)
    })

    if (param !== undefined) {
      it('has no page, nor data to fetch, for an id that is no slug', () => {
        const [listPath] = path.split(/\/[^/]+$/)
        for (const bad of ['Pierre_Gasly', 'a.json', 'x--y', '-x', '']) {
          expect(pageAt(`${listPath}/${bad}`), bad).toBeUndefined()
          expect(pageDataKey(`${listPath}/${bad}`), bad).toBeUndefined()
        }
        // The router still shows the type's page, which says "not found" for the id.
        expect(routed(`${listPath}/Pierre_Gasly`).id).toBe(type)
      })
    }
  })

  it('has a route for each page type and the catch-all, and no other', () => {
    const pages = routes[0]?.children?.[0]?.children ?? []
    const ids = pages.map((route: RouteObject) => route.id ?? route.path)
    expect(ids).toEqual([...PAGE_TYPE_NAMES, '*'])
  })

  it('has no page at an address of no page type', () => {
    for (const path of ['/quotes', '/nope', '/no/such/page', '/drivers/x/y', '//', '', '/404']) {
      expect(pageAt(path), path).toBeUndefined()
    }
    expect(routed('/no/such/page').id).toBe(undefined)
    expect(routed('/no/such/page').params['*']).toBe('no/such/page')
  })

  it('tells files from pages: anything under assets/ or data/, or with an extension', () => {
    for (const path of [
      '/assets/index-abc.js',
      '/data/pages/index.json',
      '/favicon.svg',
      '/x.js',
    ]) {
      expect(isFileAddress(path), path).toBe(true)
    }
    for (const path of ['/', '/drivers', '/assets', '/database', '/drivers/ghost']) {
      expect(isFileAddress(path), path).toBe(false)
    }
  })

  it('names the params that ask the explorer and the lists for another view', () => {
    expect(viewParamsAt('/')).toEqual([
      'driver',
      'team',
      'ambition',
      'q',
      'sort',
      'from',
      'to',
      'page',
    ])
    for (const path of ['/drivers', '/races', '/teams']) {
      expect(viewParamsAt(path), path).toEqual(['q', 'sort', 'page'])
    }
    for (const path of ['/drivers/pierre-gasly', '/quotes/x', '/nope']) {
      expect(viewParamsAt(path), path).toBeUndefined()
    }
  })

  it('covers every page the build compiles, and the build compiles every page type', () => {
    const dataset = shippedCopy()
    const pages = compileSite(buildDatasetIndex(dataset))
    const types = pages.map((page) => pageAt(page.path)?.type)
    expect(types).not.toContain(undefined)
    expect(new Set(types)).toEqual(new Set(PAGE_TYPE_NAMES))
    // A record's page for each record of its list, by the table's own id param.
    for (const type of PAGE_TYPE_NAMES) {
      const records = recordsOf(type)
      if (records === undefined) continue
      expect(types.filter((t) => t === type)).toHaveLength(dataset[records].length)
    }
  })
})
