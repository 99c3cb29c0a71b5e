import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { openApp } from '../support/open-app'
import { expectChosen } from '../support/facet-controls'
import { repeatQuotes, shippedCopy } from '../support/shipped-dataset'

const PWNED = 'window.__pwned=1'
const SCRIPT = `<script>${PWNED}</script>`
const IMG = `<img src=x onerror="${PWNED}">`

/** What the page shows for an address. */
type Outcome =
  /** The explorer as if the address had no params: every quote, nothing filtered. */
  | { kind: 'all quotes' }
  /** The explorer filtered by the driver the address names. */
  /** `driver`: what the Driver control says is chosen. */
  | { kind: 'filtered'; driver: string; status: string }
  /** The explorer searching for the text the address carries, as text. */
  | { kind: 'search'; q: string; status: string }
  /** "Not found", saying what was not found, with a way back. */
  | { kind: 'not found'; message: string }
  /** The page the address names, despite its odd spelling. */
  | { kind: 'page'; heading: string }
  /** The explorer on one page of many. */
  | { kind: 'paged'; page: number; pages: number; status: string }

type Address = { label?: string; url: string; outcome: Outcome; big?: boolean }

const ALL: Outcome = { kind: 'all quotes' }
const noPage: Outcome = { kind: 'not found', message: 'There is no page at this address.' }
const noSuch = (what: string, id: string): Outcome => ({
  kind: 'not found',
  message: `There is no ${what} “${id}” in these quotes.`,
})
const search = (q: string, status = '0 quotes of 5'): Outcome => ({ kind: 'search', q, status })
const paged = (page: number): Outcome => ({
  kind: 'paged',
  page,
  pages: 3,
  status: `75 quotes · showing ${(page - 1) * 25 + 1}–${page * 25}`,
})
const long = (char: string, length = 10_000) => char.repeat(length)

const addresses: Address[] = [
  // Params the explorer does not know, or values it does not know: ignored.
  { url: '/?foo=bar', outcome: ALL },
  { url: `/?foo=bar&baz=${SCRIPT}`, outcome: ALL },
  { url: '/?DRIVER=pierre-gasly', outcome: ALL },
  { url: '/?driver[]=pierre-gasly', outcome: ALL },
  { url: '/?driver=ghost', outcome: ALL },
  { url: '/?team=ghost', outcome: ALL },
  { url: '/?ambition=ghost', outcome: ALL },
  { label: '/?driver=<10,000 × x>', url: `/?driver=${long('x')}`, outcome: ALL },
  { url: '/?driver=', outcome: ALL },
  { url: '/?q&driver', outcome: ALL },
  { url: '/?driver=__proto__', outcome: ALL },
  { url: '/?driver=constructor', outcome: ALL },
  { url: '/?team=toString', outcome: ALL },
  { url: '/?ambition=hasOwnProperty', outcome: ALL },
  { url: '/?driver=PIERRE-GASLY', outcome: ALL },
  { url: '/?driver=pierre-gasly%20', outcome: ALL },
  { url: '/?ambition=le-mans%00', outcome: ALL },
  { url: `/?driver=${encodeURIComponent(SCRIPT)}`, outcome: ALL },
  { url: '/?driver=%E0%A4%A', outcome: ALL },
  { url: '/?%=%&%%=x', outcome: ALL },
  { url: '/?q=', outcome: ALL },
  { url: '/?q=%20%20%20', outcome: ALL },
  { url: `/#${IMG}`, outcome: ALL },
  { url: '/?page=0', outcome: ALL },
  { url: '/?page=-1', outcome: ALL },
  { url: '/?page=99999', outcome: ALL },
  { url: '/?page=abc', outcome: ALL },
  { url: '/?page=2', outcome: ALL },

  // Repeated params: every known id counts, once; unknown ones beside a known one change nothing.
  {
    url: '/?driver=pierre-gasly&driver=charles-leclerc',
    outcome: { kind: 'filtered', driver: '2 drivers', status: '4 quotes of 5' },
  },
  {
    url: '/?team=ghost&driver=pierre-gasly&foo=bar',
    outcome: { kind: 'filtered', driver: 'Pierre Gasly', status: '2 quotes of 5' },
  },
  {
    url: '/?driver=ghost&driver=pierre-gasly&driver=pierre-gasly&driver=Pierre-Gasly',
    outcome: { kind: 'filtered', driver: 'Pierre Gasly', status: '2 quotes of 5' },
  },
  {
    label: '/?driver=pierre-gasly&driver=charles-leclerc × 5,000',
    url: `/?${'driver=pierre-gasly&driver=charles-leclerc&'.repeat(5000)}`,
    outcome: { kind: 'filtered', driver: '2 drivers', status: '4 quotes of 5' },
  },

  // A search is text: searched as typed (the first 200 characters), never markup.
  { label: '/?q=<10,000 × a>', url: `/?q=${long('a')}`, outcome: search(long('a', 200)) },
  // The broken escape becomes U+FFFD, which is no word; the "A" after it is one.
  { url: '/?q=%E0%A4%A', outcome: search('\uFFFD%A', '5 quotes of 5') },
  { url: `/?q=${SCRIPT}`, outcome: search(SCRIPT) },
  { url: `/?q=${encodeURIComponent(IMG)}`, outcome: search(IMG) },
  { url: '/?q=%25', outcome: search('%') },
  { url: '/?q=%F0%9F%98%80', outcome: search('😀') },
  { url: '/?q=le+mans&q=indy', outcome: search('le mans', '4 quotes of 5') },

  // Ids that are not in the data, on every route.
  { url: '/drivers/ghost', outcome: noSuch('driver', 'ghost') },
  { url: '/races/ghost', outcome: noSuch('race', 'ghost') },
  { url: '/teams/ghost', outcome: noSuch('team', 'ghost') },
  { url: '/quotes/ghost', outcome: noSuch('quote', 'ghost') },
  { url: '/drivers/__proto__', outcome: noSuch('driver', '__proto__') },
  { url: '/drivers/constructor', outcome: noSuch('driver', 'constructor') },
  { url: '/teams/hasOwnProperty', outcome: noSuch('team', 'hasOwnProperty') },
  { url: '/races/valueOf', outcome: noSuch('race', 'valueOf') },
  { url: '/quotes/toString', outcome: noSuch('quote', 'toString') },
  { url: '/drivers/Charles-Leclerc', outcome: noSuch('driver', 'Charles-Leclerc') },
  { url: '/drivers/%F0%9F%98%80', outcome: noSuch('driver', '😀') },
  { url: '/drivers/a%2Fb', outcome: noSuch('driver', 'a/b') },
  { url: '/drivers/..%2F..%2Fetc%2Fpasswd', outcome: noSuch('driver', '../../etc/passwd') },

  // Malformed percent-encoding: the id as written, not found.
  { url: '/drivers/%E0%A4%A', outcome: noSuch('driver', '%E0%A4%A') },
  { url: '/drivers/%', outcome: noSuch('driver', '%') },
  { url: '/races/%E0%A4%A', outcome: noSuch('race', '%E0%A4%A') },
  { url: '/quotes/%', outcome: noSuch('quote', '%') },

  // Markup in an id: shown as text.
  { url: '/drivers/<script>', outcome: noSuch('driver', '<script>') },
  { url: `/teams/${encodeURIComponent(IMG)}`, outcome: noSuch('team', IMG) },
  { url: `/quotes/${encodeURIComponent(SCRIPT)}`, outcome: noSuch('quote', SCRIPT) },
  { url: `/quotes/${SCRIPT}`, outcome: noPage },

  // Very long paths: the id is cut in the message.
  {
    label: '/drivers/<10,000 × a>',
    url: `/drivers/${long('a')}`,
    outcome: noSuch('driver', `${long('a', 59)}…`),
  },
  { label: '/<10,000 × y>', url: `/${long('y')}`, outcome: noPage },
  { label: '/x/x/… (2,000 segments)', url: `/${long('x/', 2000)}`, outcome: noPage },

  // Paths that are almost right.
  { url: '/quotes/', outcome: noPage },
  { url: '/drivers//x', outcome: noPage },
  { url: '/drivers/charles-leclerc/extra', outcome: noPage },
  { url: '/index.html', outcome: noPage },
  {
    url: '/quotes/leclerc-wants-the-real-le-mans/',
    outcome: { kind: 'page', heading: 'Quote by Charles Leclerc' },
  },
  { url: '/drivers/charles%2Dleclerc', outcome: { kind: 'page', heading: 'Charles Leclerc' } },
  {
    url: `/drivers/pierre-gasly?driver=ghost&q=${SCRIPT}&page=-1`,
    outcome: { kind: 'page', heading: 'Pierre Gasly' },
  },

  // Pages of results, with 75 quotes (3 pages of 25): a bad page is page 1.
  { url: '/?page=2', outcome: paged(2), big: true },
  { url: '/?page=0', outcome: paged(1), big: true },
  { url: '/?page=-1', outcome: paged(1), big: true },
  { url: '/?page=99999', outcome: paged(1), big: true },
  { url: '/?page=abc', outcome: paged(1), big: true },
  { url: '/?page=2.5', outcome: paged(1), big: true },
  { url: '/?page=%202', outcome: paged(1), big: true },
  { url: '/?page=1e1', outcome: paged(1), big: true },
  { label: '/?page=<10,000 × 9>', url: `/?page=${long('9')}`, outcome: paged(1), big: true },
  { url: '/?page=2&page=3', outcome: paged(2), big: true },
]

/** Nothing in the address became markup, and no payload ran. */
function expectNothingInjected() {
  // eslint-disable-next-line testing-library/no-node-access -- proves no such element exists anywhere
  const active = document.querySelectorAll(
    'img, script:not([type="application/ld+json"]), svg, iframe, object, embed',
  )
  expect(active, 'elements made from the address').toHaveLength(0)
  expect(Reflect.get(window, '__pwned')).toBeUndefined()
}

function expectOutcome(outcome: Outcome) {
  const main = screen.getByRole('main')
  switch (outcome.kind) {
    case 'all quotes': {
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Quotes')
      expect(screen.getByText('5 quotes')).toHaveRole('status')
      expect(within(main).getAllByRole('figure')).toHaveLength(5)
      // A blank search is no search, whatever spaces the box shows.
      const box = screen.getByRole('searchbox', { name: 'Search quotes' })
      expect(box).toHaveDisplayValue(/^\s*$/)
      expectChosen('Driver', 'All drivers')
      expectChosen('Team', 'All teams')
      expectChosen('Ambition', 'Any race')
      expect(screen.queryByRole('button', { name: 'Clear all' })).not.toBeInTheDocument()
      expect(screen.queryByRole('navigation', { name: 'Pages of results' })).not.toBeInTheDocument()
      expect(document.title).toBe('Paddock Quotes')
      return
    }
    case 'filtered': {
      expectChosen('Driver', outcome.driver)
      expect(screen.getByText(outcome.status)).toHaveRole('status')
      expect(screen.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue('')
      return
    }
    case 'search': {
      expect(screen.getByRole('searchbox', { name: 'Search quotes' })).toHaveValue(outcome.q)
      expect(screen.getByText(outcome.status)).toHaveRole('status')
      if (outcome.status.startsWith('0 ')) {
        expect(screen.getByRole('heading', { name: 'No quotes match' })).toBeInTheDocument()
        expect(screen.getByRole('button', { name: 'Clear the search' })).toBeEnabled()
      }
      return
    }
    case 'not found': {
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Not found')
      expect(within(main).getByText(outcome.message)).toBeInTheDocument()
      expect(within(main).getByRole('link', { name: 'All quotes' })).toHaveAttribute('href', '/')
      expect(document.title).toBe('Not found · Paddock Quotes')
      return
    }
    case 'page': {
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(outcome.heading)
      return
    }
    case 'paged': {
      const pager = screen.getByRole('navigation', { name: 'Pages of results' })
      expect(within(pager).getByText(`Page ${outcome.page} of ${outcome.pages}`)).toBeVisible()
      expect(screen.getByText(outcome.status)).toHaveRole('status')
      expect(within(main).getAllByRole('figure')).toHaveLength(25)
      return
    }
  }
}

describe('a hostile or broken address never breaks a page', () => {
  it.each(addresses.map((address) => ({ ...address, label: address.label ?? address.url })))(
    '$label',
    async ({ url, outcome, big }) => {
      // Ready: the page's own h1 is on screen, and no alert.
      await openApp(url, { dataset: big ? repeatQuotes(75) : shippedCopy() })
      expectOutcome(outcome)
      expectNothingInjected()
    },
  )
})
