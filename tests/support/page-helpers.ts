import { expect } from 'vitest'
import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'

/** For a page to load: fetching, validating and rendering can be slow on a busy machine. */
export const LOAD_TIMEOUT = { timeout: 5000 }

/** For a test of several user steps: each keystroke re-renders the page, slow on a busy machine. */
export const USER_FLOW = { timeout: 20_000 }

/**
 * What a bookmark, a tab and a search result show: the one <title> and the one meta description.
 * React 19 hoists both into <head>, out of reach of role queries, hence the selectors here.
 */
export function expectHead(title: string | RegExp, description: string | RegExp) {
  // eslint-disable-next-line testing-library/no-node-access -- <head> has no roles to query
  const titles = document.querySelectorAll('title')
  expect(titles, 'exactly one <title>').toHaveLength(1)
  if (typeof title === 'string') expect(document.title).toBe(title)
  else expect(document.title).toMatch(title)

  // eslint-disable-next-line testing-library/no-node-access -- <head> has no roles to query
  const descriptions = document.querySelectorAll('meta[name="description"]')
  expect(descriptions, 'exactly one meta description').toHaveLength(1)
  const content = descriptions[0]?.getAttribute('content') ?? ''
  if (typeof description === 'string') expect(content).toBe(description)
  else expect(content).toMatch(description)
}

/** The one quote figure (full quote or excerpt) whose blockquote contains `text`. */
export function figureQuoting(text: string, container: HTMLElement = screen.getByRole('main')) {
  const matches = within(container)
    .queryAllByRole('figure')
    .filter((figure) => within(figure).getByRole('blockquote').textContent?.includes(text))
  expect(matches, `one figure quoting “${text}”`).toHaveLength(1)
  const [figure] = matches
  if (!figure) throw new Error(`No figure quotes “${text}”`)
  return figure
}

/** The texts of the quotes shown, in order, as published (the blockquotes). */
export function quotesShown(container: HTMLElement = screen.getByRole('main')) {
  return within(container)
    .queryAllByRole('figure')
    .map((figure) => within(figure).getByRole('blockquote').textContent ?? '')
}

/** The speaker named in each quote shown: the first link of its caption. */
export function speakersShown(container: HTMLElement = screen.getByRole('main')) {
  return within(container)
    .queryAllByRole('figure')
    .map((figure) => within(figure).getAllByRole('link')[0]?.textContent ?? '')
}

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it never does. */
export async function tabTo(user: UserEvent, target: HTMLElement, maxPresses = 60) {
  // jsdom's :focus selector is unreliable, so compare with the focused element itself.
  // eslint-disable-next-line testing-library/no-node-access -- the same check toHaveFocus makes
  const hasFocus = () => target.ownerDocument.activeElement === target
  for (let presses = 0; presses < maxPresses && !hasFocus(); presses++) await user.tab()
  expect(target).toHaveFocus()
}

/** The explorer's filter params as an object, order aside; a repeated param as a list. */
export function searchParamsOf(search: string): Record<string, string | string[]> {
  const params = new URLSearchParams(search)
  return Object.fromEntries(
    [...new Set(params.keys())].map((key) => {
      const [only = '', ...more] = params.getAll(key)
      return [key, more.length > 0 ? [only, ...more] : only]
    }),
  )
}

/**
 * What the page's region for its actions' confirmations (copied, shared) says: one entry per
 * region, so a page with one region, saying nothing, gives [''].
 */
export function confirmations(): string[] {
  return screen
    .getAllByRole('status', { name: 'Confirmations' })
    .map((region) => region.textContent ?? '')
}
