import { describe, expect, it } from 'vitest'
import {
  LIST_PAGE_SIZE,
  listCountText,
  listPageCount,
  pageWithin,
  parseListParams,
  withListView,
} from '../../src/urls/list-params'
import { listHead, listOf } from '../../src/format/list-of'
import { wordStartMatcher } from '../../src/search/word-start'
import { records } from '../../src/i18n/en/records'

const SORTS = ['name', 'quotes'] as const
const parse = (search: string) => parseListParams(new URLSearchParams(search), SORTS)

describe('parseListParams', () => {
  it('reads the filter, the order and the page', () => {
    expect(parse('?q=ver&sort=quotes&page=3')).toEqual({ q: 'ver', sort: 'quotes', page: 3 })
    expect(parse('')).toEqual({ q: '', sort: 'name', page: 1 })
  })

  it.each([
    ['?sort=newest', { q: '', sort: 'name', page: 1 }],
    ['?sort=QUOTES', { q: '', sort: 'name', page: 1 }],
    ['?page=0', { q: '', sort: 'name', page: 1 }],
    ['?page=-2', { q: '', sort: 'name', page: 1 }],
    ['?page=2.5', { q: '', sort: 'name', page: 1 }],
    ['?page=abc', { q: '', sort: 'name', page: 1 }],
    ['?page=99999999999', { q: '', sort: 'name', page: 1 }],
    ['?driver=ghost&team=x', { q: '', sort: 'name', page: 1 }],
  ])('drops what it does not know: %s', (search, view) => {
    expect(parse(search)).toEqual(view)
  })

  it('caps an absurd filter', () => {
    expect(parse(`?q=${'a'.repeat(5000)}`).q).toHaveLength(200)
  })
})

describe('pages', () => {
  it('are 48 cards each; a page the list has not is page 1', () => {
    expect(LIST_PAGE_SIZE).toBe(48)
    expect(listPageCount(0)).toBe(1)
    expect(listPageCount(48)).toBe(1)
    expect(listPageCount(49)).toBe(2)
    expect(listPageCount(1000)).toBe(21)
    expect(pageWithin(21, 1000)).toBe(21)
    expect(pageWithin(22, 1000)).toBe(1)
    expect(pageWithin(2, 12)).toBe(1)
  })
})

describe('withListView', () => {
  const write = (search: string, changes: Parameters<typeof withListView>[1]) =>
    withListView(new URLSearchParams(search), changes, 'name').toString()

  it('writes a page, leaving page 1 and the default order out, and keeps other params', () => {
    expect(write('?q=ver&utm=x', { page: 3 })).toBe('q=ver&utm=x&page=3')
    expect(write('?q=ver&page=3', { page: 1 })).toBe('q=ver')
    expect(write('?sort=quotes', { sort: 'name' })).toBe('')
  })

  it('goes back to page 1 on a new filter or order', () => {
    expect(write('?page=3', { q: 'ver' })).toBe('q=ver')
    expect(write('?q=ver&page=3', { sort: 'quotes' })).toBe('q=ver&sort=quotes')
    expect(write('?q=ver&page=3', { q: '  ' })).toBe('')
  })
})

describe('listCountText', () => {
  const noun = ['driver', 'drivers'] as const
  it('says what it counts', () => {
    expect(listCountText({ total: 6, matched: 6, q: '', first: 0, shown: 6, noun })).toBe(
      '6 drivers',
    )
    expect(listCountText({ total: 1000, matched: 1000, q: '', first: 48, shown: 48, noun })).toBe(
      '1,000 drivers · showing 49–96',
    )
    expect(listCountText({ total: 1000, matched: 12, q: 'ver ', first: 0, shown: 12, noun })).toBe(
      '12 of 1,000 drivers match “ver”',
    )
    expect(listCountText({ total: 1, matched: 1, q: 'a', first: 0, shown: 1, noun })).toBe(
      '1 of 1 driver matches “a”',
    )
    expect(
      listCountText({ total: 5000, matched: 1200, q: 'a', first: 1152, shown: 48, noun }),
    ).toBe('1,200 of 5,000 drivers match “a” · showing 1,153–1,200')
  })
})

describe('listOf and listHead', () => {
  it('joins names as a reader writes them', () => {
    expect(listOf([])).toBe('')
    expect(listOf(['Le Mans'])).toBe('Le Mans')
    expect(listOf(['Le Mans', 'Indy 500'])).toBe('Le Mans and Indy 500')
    expect(listOf(['A', 'B', 'C'])).toBe('A, B and C')
  })

  it('names at most `max`, counting the rest, but never “and 1 more”', () => {
    const names = Array.from({ length: 200 }, (_, i) => `R${i + 1}`)
    expect(listOf(names, 3, records.more)).toBe('R1, R2, R3 and 197 more')
    expect(listOf(names.slice(0, 4), 3, records.more)).toBe('R1, R2, R3 and R4')
    expect(listOf(names.slice(0, 5), 3, records.more)).toBe('R1, R2, R3 and 2 more')
    expect(
      listOf(
        Array.from({ length: 2003 }, (_, i) => String(i)),
        3,
        records.more,
      ),
    ).toBe('0, 1, 2 and 2,000 more')
    expect(listHead(names, 3)).toEqual({ shown: ['R1', 'R2', 'R3'], more: 197 })
  })
})

describe('wordStartMatcher', () => {
  const matches = (query: string, ...names: string[]) => wordStartMatcher(query)(names)
  it('matches the start of any word, ignoring case and accents', () => {
    expect(matches('lecl', 'Charles Leclerc')).toBe(true)
    expect(matches('CHAR', 'Charles Leclerc')).toBe(true)
    expect(matches('les', 'Charles Leclerc')).toBe(false)
    expect(matches('éric', 'Jean-Eric Vergne')).toBe(true)
    expect(matches('jean eric', 'Jean-Éric Vergne')).toBe(true)
    expect(matches('jean-eric', 'Jean-Eric Vergne')).toBe(true)
    expect(matches('zoe', 'Zoë Placeholder')).toBe(true)
    expect(matches('jean max', 'Jean-Eric Vergne')).toBe(false)
  })

  it('looks at every name given, and a blank query keeps everything', () => {
    expect(matches('indy', 'Indianapolis 500', 'Indy 500')).toBe(true)
    expect(matches('500', 'Indianapolis 500')).toBe(true)
    expect(matches('  ', 'anything')).toBe(true)
    expect(matches('-', 'anything')).toBe(true)
  })
})
