import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { findPage, openApp, openAppFailing } from '../support/open-app'
import { USER_FLOW, confirmations, figureQuoting } from '../support/page-helpers'
import { at, shippedCopy } from '../support/shipped-dataset'
import { SAVED_KEY, savedChanged } from '../../src/components/saved/saved-store'
import { readSaved, snapshotOf, type SavedEntry } from '../../src/components/saved/saved-entries'
import { buildDatasetIndex } from '../../src/model/dataset-index'

const LECLERC_REAL = 'Ik wil absoluut de echte 24 uur van Le Mans rijden'
const VERGNE_HOPES = 'Ik hoop zeker dat hij op een dag Le Mans gaat doen'
const saveButton = (text: string, speaker: string) =>
  within(figureQuoting(text)).getByRole('button', { name: `Save this quote by ${speaker}` })
const savedLink = () => screen.getByRole('link', { name: /^Saved/ })

/** What another tab does: writes the store, and this tab hears of it by a `storage` event. */
function writeFromAnotherTab(value: string | null) {
  if (value === null) localStorage.removeItem(SAVED_KEY)
  else localStorage.setItem(SAVED_KEY, value)
  window.dispatchEvent(new StorageEvent('storage', { key: SAVED_KEY, newValue: value }))
}

/** A stored list, as an earlier visit left it. */
function stored(entries: SavedEntry[]) {
  localStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, quotes: entries }))
  savedChanged()
}

const shipped = () => {
  const dataset = shippedCopy()
  return { dataset, index: buildDatasetIndex(dataset) }
}

/** The saved list's items: one card each. */
const savedItems = () =>
  screen.getAllByRole('listitem').filter((item) => within(item).queryByRole('figure') !== null)

beforeEach(() => {
  localStorage.clear()
  savedChanged()
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('saving quotes', USER_FLOW, () => {
  it('Save on a card is a toggle: pressed once saved, counted in the header, and undone', async () => {
    const { user } = await openApp('/', { heading: 'Quotes' })
    const save = saveButton(LECLERC_REAL, 'Charles Leclerc')
    expect(save).toHaveAttribute('aria-pressed', 'false')
    expect(savedLink()).toHaveAccessibleName('Saved')

    await user.click(save)
    await vi.waitFor(() => expect(save).toHaveAttribute('aria-pressed', 'true'))
    expect(confirmations()).toEqual(['Saved'])
    expect(savedLink()).toHaveAccessibleName('Saved (1)')

    await user.click(saveButton(VERGNE_HOPES, 'Jean-Eric Vergne'))
    await vi.waitFor(() => expect(savedLink()).toHaveAccessibleName('Saved (2)'))

    await user.click(save)
    await vi.waitFor(() => expect(save).toHaveAttribute('aria-pressed', 'false'))
    expect(confirmations()).toEqual(['Removed from the saved quotes'])
    expect(savedLink()).toHaveAccessibleName('Saved (1)')
  })

  it('/saved lists them newest first, each as its card with Remove', async () => {
    const { user } = await openApp('/', { heading: 'Quotes' })
    await user.click(saveButton(LECLERC_REAL, 'Charles Leclerc'))
    await user.click(saveButton(VERGNE_HOPES, 'Jean-Eric Vergne'))
    await vi.waitFor(() => expect(savedLink()).toHaveAccessibleName('Saved (2)'))

    await user.click(savedLink())
    await findPage('Saved quotes')
    await screen.findByText('2 saved quotes, newest first.')
    const list = savedItems()
    expect(list.map((item) => within(item).getByRole('blockquote').textContent)).toEqual([
      expect.stringContaining(VERGNE_HOPES),
      expect.stringContaining(LECLERC_REAL),
    ])
    // The citation actions come with each card.
    expect(
      within(at(list, 0)).getByRole('button', { name: 'Cite this quote by Jean-Eric Vergne' }),
    ).toBeInTheDocument()

    await user.click(
      within(at(list, 0)).getByRole('button', { name: 'Remove this quote by Jean-Eric Vergne' }),
    )
    await vi.waitFor(() => expect(screen.getByText('1 saved quote, newest first.')).toBeVisible())
    expect(screen.queryByText(VERGNE_HOPES)).not.toBeInTheDocument()
    expect(screen.getByText(LECLERC_REAL, { exact: false })).toBeInTheDocument()
    expect(savedLink()).toHaveAccessibleName('Saved (1)')
    expect(screen.getByText('1 saved quote, newest first.')).toHaveFocus()

    // The last one gone: the focus is on what says the list is empty, not lost with its button.
    await user.click(screen.getByRole('button', { name: 'Remove this quote by Charles Leclerc' }))
    const empty = await screen.findByText(/No saved quotes yet\. Press Save under any quote/)
    expect(empty).toHaveFocus()
  })

  it('quick presses are done in their order: two quotes newest first, one pressed twice', async () => {
    await openApp('/', { heading: 'Quotes' })
    // Pressed before the saving code has answered the first press.
    fireEvent.click(saveButton(LECLERC_REAL, 'Charles Leclerc'))
    fireEvent.click(saveButton(VERGNE_HOPES, 'Jean-Eric Vergne'))
    await vi.waitFor(() => expect(savedLink()).toHaveAccessibleName('Saved (2)'))
    const ids = () => readSaved().entries.map((entry) => entry.id)
    const [vergne, leclerc] = ids()
    expect(vergne).toMatch(/^vergne-/)
    expect(leclerc).toMatch(/^leclerc-/)

    // Pressed twice at once: removed, then saved again (newest now), not removed twice.
    const save = saveButton(LECLERC_REAL, 'Charles Leclerc')
    fireEvent.click(save)
    fireEvent.click(save)
    await vi.waitFor(() => expect(ids()).toEqual([leclerc, vergne]))
    expect(save).toHaveAttribute('aria-pressed', 'true')
  })

  it('an empty list says how to save', async () => {
    await openApp('/saved', { heading: 'Saved quotes' })
    expect(
      await screen.findByText(/No saved quotes yet\. Press Save under any quote/),
    ).toBeVisible()
    expect(screen.queryByRole('figure')).not.toBeInTheDocument()
  })

  it('a quote the dataset no longer has stays, shown as it was saved, until removed', async () => {
    const { dataset, index } = shipped()
    const [kept, gone] = [at(dataset.quotes, 0), at(dataset.quotes, 1)]
    const vanished = {
      ...gone,
      id: 'a-quote-since-withdrawn',
      text: 'Words the dataset took back.',
    }
    const now = '2026-12-01T10:00:00.000Z'
    stored([
      { id: vanished.id, savedAt: now, snapshot: snapshotOf(index, vanished) },
      { id: kept.id, savedAt: '2026-11-30T10:00:00.000Z', snapshot: snapshotOf(index, kept) },
    ])
    const { user } = await openApp('/saved', { heading: 'Saved quotes' })
    expect(await screen.findAllByText(/No longer in the dataset/)).toHaveLength(1)
    const [item, other] = [at(savedItems(), 0), at(savedItems(), 1)]
    expect(within(item).getByText(/No longer in the dataset/)).toBeInTheDocument()
    expect(within(other).queryByText(/No longer in the dataset/)).toBeNull()
    expect(within(item).getByRole('blockquote')).toHaveTextContent('Words the dataset took back.')
    expect(screen.getByText('Saved 1 December 2026')).toBeInTheDocument()
    // Nothing leads to its page, now a 404: no permalink, no Share, no Cite. Save, pressed.
    expect(within(item).queryByRole('link', { name: /^Permalink/ })).toBeNull()
    expect(within(item).queryByRole('button', { name: /^(Cite|Share) / })).toBeNull()
    expect(within(item).getByRole('button', { name: /^Save this quote by/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(within(other).getByRole('link', { name: /^Permalink/ })).toHaveAttribute(
      'href',
      `/quotes/${kept.id}`,
    )
    expect(within(other).getByRole('button', { name: /^Cite / })).toBeInTheDocument()

    await user.click(within(item).getByRole('button', { name: /^Remove this quote by/ }))
    await vi.waitFor(() => expect(screen.queryByText(/No longer in the dataset/)).toBeNull())
    expect(screen.getByText('1 saved quote, newest first.')).toBeInTheDocument()
  })

  it('another tab’s save or removal shows here at once', async () => {
    const { index } = shipped()
    await openApp('/', { heading: 'Quotes' })
    const quote = at(
      index.quotes.filter((q) => q.text.startsWith(LECLERC_REAL)),
      0,
    )
    const entry = {
      id: quote.id,
      savedAt: new Date().toISOString(),
      snapshot: snapshotOf(index, quote),
    }
    writeFromAnotherTab(JSON.stringify({ version: 1, quotes: [entry] }))
    const save = saveButton(LECLERC_REAL, 'Charles Leclerc')
    await vi.waitFor(() => expect(save).toHaveAttribute('aria-pressed', 'true'))
    expect(savedLink()).toHaveAccessibleName('Saved (1)')
    writeFromAnotherTab(null)
    await vi.waitFor(() => expect(save).toHaveAttribute('aria-pressed', 'false'))
    expect(savedLink()).toHaveAccessibleName('Saved')
  })
})

describe('a store that fails', USER_FLOW, () => {
  it('damaged: /saved says so, and the next save starts a new list', async () => {
    localStorage.setItem(SAVED_KEY, '{"version":1,"quotes":[{"id":')
    savedChanged()
    const { user, alert } = await openAppFailing('/saved', {})
    expect(alert).toHaveTextContent(
      'The saved quotes stored in this browser could not be read: what is stored is damaged.',
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleName('Saved quotes')
    await user.click(screen.getByRole('link', { name: 'Quotes' }))
    await findPage('Quotes')
    await user.click(saveButton(LECLERC_REAL, 'Charles Leclerc'))
    await vi.waitFor(() => expect(savedLink()).toHaveAccessibleName('Saved (1)'))
  })

  it('full: Save says the storage is full, and nothing is pressed', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    })
    const { user } = await openApp('/', { heading: 'Quotes' })
    const save = saveButton(LECLERC_REAL, 'Charles Leclerc')
    await user.click(save)
    await vi.waitFor(() =>
      expect(confirmations()).toEqual([
        "Could not save: this browser's storage for the site is full: remove some saved quotes, then try again.",
      ]),
    )
    expect(save).toHaveAttribute('aria-pressed', 'false')
    expect(savedLink()).toHaveAccessibleName('Saved')
  })

  it('refused: /saved says the browser keeps nothing for the site', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError')
    })
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError')
    })
    savedChanged()
    const { alert } = await openAppFailing('/saved', {})
    expect(alert).toHaveTextContent('This browser does not let the site read its storage')
    expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleName('Saved quotes')
  })
})
