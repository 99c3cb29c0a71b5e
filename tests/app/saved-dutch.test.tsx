import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { screen, within } from '@testing-library/react'
import { openApp, openAppFailing } from '../support/open-app'
import { USER_FLOW, expectHead, figureQuoting } from '../support/page-helpers'
import { at, shippedCopy } from '../support/shipped-dataset'
import { setLanguage } from '../../src/i18n/language'
import { nl } from '../../src/i18n/nl'
import { saved } from '../../src/i18n/en/saved'
import { saving } from '../../src/i18n/en/saving'
import { SAVED_KEY, savedChanged } from '../../src/components/saved/saved-store'
import { snapshotOf, type SavedEntry } from '../../src/components/saved/saved-entries'
import { buildDatasetIndex } from '../../src/model/dataset-index'

// /nl/saved, the Dutch page of saved quotes (docs/i18n.md, docs/offline.md): every word of it in
// Dutch, and none of the saved area's English words left, whatever the list holds.

/**
 * The saved and saving areas' English words as they would show: each string, and each function's words
 * around what it is given (a count, a date, a reason).
 */
function englishWords(): string[] {
  setLanguage('en')
  const words: string[] = []
  const dutch: Record<string, unknown> = { ...nl.saved, ...nl.saving }
  const english = Object.entries({ ...saved, ...saving })
  // A word Dutch says the same ("Download") is no English left.
  for (const [, value] of english.filter(([key, value]) => value !== dutch[key])) {
    // A function is given '§' for each of its arguments (a count formats it as NaN).
    const text =
      typeof value === 'function' ? String(Reflect.apply(value, undefined, ['§', '§'])) : value
    for (const part of text.split(/§|NaN/)) if (/[a-z]{2}/i.test(part)) words.push(part.trim())
  }
  return words
}
const ENGLISH = englishWords()

/** The English words left on the page: in its text, its labels and its title. */
function englishLeft(): string[] {
  // eslint-disable-next-line testing-library/no-node-access -- the whole document is scanned
  const labelled = [...document.body.querySelectorAll('[aria-label], [title], [placeholder]')]
  const texts = [
    document.body.textContent ?? '',
    document.title,
    ...labelled.flatMap((element) =>
      ['aria-label', 'title', 'placeholder'].map((name) => element.getAttribute(name) ?? ''),
    ),
  ]
  const escape = (words: string) => words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return ENGLISH.filter((words) => {
    const found = new RegExp(`(^|\\W)${escape(words)}($|\\W)`)
    return texts.some((text) => found.test(text))
  })
}

const BASE = '/nl/'
const shipped = () => buildDatasetIndex(shippedCopy())
const savedItems = () =>
  screen.getAllByRole('listitem').filter((item) => within(item).queryByRole('figure') !== null)
const confirmations = () =>
  screen.getAllByRole('status', { name: 'Bevestigingen' }).map((region) => region.textContent)

function stored(entries: unknown[]) {
  localStorage.setItem(SAVED_KEY, JSON.stringify({ version: 1, quotes: entries }))
  savedChanged()
}

beforeEach(() => {
  localStorage.clear()
  savedChanged()
  setLanguage('nl', nl)
})
afterEach(() => {
  vi.restoreAllMocks()
  setLanguage('en')
})

describe('/nl/saved, in Dutch', USER_FLOW, () => {
  it('has English words to look for: the scan below is not empty', () => {
    expect(ENGLISH).toEqual(
      expect.arrayContaining(['Saved quotes', 'saved quotes, newest first.', 'Remove', 'Saved']),
    )
  })

  it('empty: says in Dutch how to save, with a Dutch title and description', async () => {
    await openApp('/nl/saved', { basename: BASE, heading: 'Bewaarde citaten' })
    expect(
      await screen.findByText(/^Nog geen bewaarde citaten\. Druk onder een citaat op Bewaar/),
    ).toBeVisible()
    expectHead(
      'Bewaarde citaten · Paddock Quotes',
      'De citaten die je in deze browser hebt bewaard, om terug te lezen, ook offline, en te downloaden.',
    )
    expect(englishLeft()).toEqual([])
  })

  it('listed: the summary, the dates, a vanished quote, Remove and the downloads in Dutch', async () => {
    const index = shipped()
    const [kept, other] = [at(index.quotes, 0), at(index.quotes, 1)]
    const vanished = {
      ...other,
      id: 'a-quote-since-withdrawn',
      text: 'Woorden die terug zijn genomen.',
    }
    stored([
      {
        id: vanished.id,
        savedAt: '2026-12-01T10:00:00.000Z',
        snapshot: snapshotOf(index, vanished),
      },
      { id: kept.id, savedAt: '2026-03-30T10:00:00.000Z', snapshot: snapshotOf(index, kept) },
    ] satisfies SavedEntry[])
    const { user } = await openApp('/nl/saved', { basename: BASE, heading: 'Bewaarde citaten' })
    expect(await screen.findByText('2 bewaarde citaten, nieuwste eerst.')).toBeVisible()
    expect(
      await screen.findByText('Niet meer in de dataset: getoond zoals het is bewaard'),
    ).toBeVisible()
    const [gone, there] = [at(savedItems(), 0), at(savedItems(), 1)]
    expect(within(gone).getByText('Bewaard op 1 december 2026')).toBeVisible()
    expect(within(there).getByText('Bewaard op 30 maart 2026')).toBeVisible()
    expect(screen.getByText('Download deze 2 citaten:')).toBeVisible()
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeVisible()
    const speaker = index.driverById.get(kept.speakerId)?.name ?? ''
    expect(
      within(there).getByRole('button', { name: `Citeer dit citaat van ${speaker}` }),
    ).toBeVisible()
    expect(englishLeft()).toEqual([])

    await user.click(
      within(there).getByRole('button', { name: `Verwijder dit citaat van ${speaker}` }),
    )
    expect(await screen.findByText('1 bewaard citaat, nieuwste eerst.')).toBeVisible()
    expect(confirmations()).toEqual(['Verwijderd uit de bewaarde citaten'])
    expect(screen.getByText('Download dit citaat:')).toBeVisible()
    expect(englishLeft()).toEqual([])
  })

  it('a full store: Remove says so in Dutch', async () => {
    const index = shipped()
    const quote = at(index.quotes, 0)
    stored([
      { id: quote.id, savedAt: '2026-12-01T10:00:00.000Z', snapshot: snapshotOf(index, quote) },
    ])
    for (const method of ['setItem', 'removeItem'] as const) {
      vi.spyOn(Storage.prototype, method).mockImplementation(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      })
    }
    const { user } = await openApp('/nl/saved', { basename: BASE, heading: 'Bewaarde citaten' })
    await user.click(await screen.findByRole('button', { name: /^Verwijder dit citaat van/ }))
    await vi.waitFor(() =>
      expect(confirmations()).toEqual([
        'Verwijderen lukte niet: de opslag van deze browser voor de site is vol: verwijder een paar bewaarde citaten en probeer het opnieuw.',
      ]),
    )
    expect(englishLeft()).toEqual([])
  })

  it('damaged storage: the alert is in Dutch', async () => {
    localStorage.setItem(SAVED_KEY, '{"version":1,"quotes":[{"id":')
    savedChanged()
    const { alert } = await openAppFailing('/nl/saved', {}, BASE)
    expect(alert).toHaveTextContent(
      'De bewaarde citaten in deze browser konden niet worden gelezen: wat er is opgeslagen, is beschadigd.',
    )
    expect(screen.getByRole('heading', { level: 1 })).toHaveAccessibleName('Bewaarde citaten')
    expect(englishLeft()).toEqual([])
  })

  it('an entry that cannot be read: the alert is in Dutch, the rest listed', async () => {
    const index = shipped()
    const quote = at(index.quotes, 0)
    stored([
      { id: quote.id, savedAt: '2026-12-01T10:00:00.000Z', snapshot: snapshotOf(index, quote) },
      { id: 'not-a-saved-quote' },
    ])
    const { alert } = await openAppFailing('/nl/saved', {}, BASE)
    expect(alert).toHaveTextContent(
      '1 bewaard citaat kon niet worden gelezen (opgeslagen in een vorm die deze site niet kent) en wordt weggelaten.',
    )
    expect(await screen.findByText('1 bewaard citaat, nieuwste eerst.')).toBeVisible()
    expect(englishLeft()).toEqual([])
  })

  it('refused storage: the alert is in Dutch', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError')
    })
    savedChanged()
    const { alert } = await openAppFailing('/nl/saved', {}, BASE)
    expect(alert).toHaveTextContent('Deze browser laat de site zijn opslag niet lezen')
    expect(englishLeft()).toEqual([])
  })
})

describe('saving on a Dutch page', USER_FLOW, () => {
  it('Save and a refused store say so in Dutch', async () => {
    const index = shipped()
    const quote = at(index.quotes, 0)
    const speaker = index.driverById.get(quote.speakerId)?.name ?? ''
    const { user } = await openApp('/nl/', { basename: BASE, heading: 'Citaten' })
    const save = within(figureQuoting(quote.text)).getByRole('button', {
      name: `Bewaar dit citaat van ${speaker}`,
    })
    await user.click(save)
    await vi.waitFor(() => expect(save).toHaveAttribute('aria-pressed', 'true'))
    expect(confirmations()).toEqual(['Bewaard'])

    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError')
    })
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('Access is denied for this document.', 'SecurityError')
    })
    await user.click(save)
    await vi.waitFor(() =>
      expect(confirmations()).toEqual([
        'Verwijderen lukte niet: deze browser laat de site hier niets opslaan (privévenster, of opslag uitgeschakeld).',
      ]),
    )
    expect(save).toHaveAttribute('aria-pressed', 'true')
  })
})
