import { setLanguage } from '../../src/i18n/language'
import { nl } from '../../src/i18n/nl'
import type { Messages } from '../../src/i18n/messages'
import { core } from '../../src/i18n/en/core'
import { pages } from '../../src/i18n/en/pages'
import { quote } from '../../src/i18n/en/quote'
import { explorer } from '../../src/i18n/en/explorer'
import { explorerParts } from '../../src/i18n/en/explorer-parts'
import { records } from '../../src/i18n/en/records'
import { feed } from '../../src/i18n/en/feed'
import { search } from '../../src/i18n/en/search'
import { citations } from '../../src/i18n/en/citations'
import { saved } from '../../src/i18n/en/saved'
import { saving } from '../../src/i18n/en/saving'
import { problems } from '../../src/i18n/en/problems'

/**
 * The English catalog's words that Dutch says otherwise: none may be left on a Dutch page. For
 * the build's scan of the prerendered files (languages-build.test.ts) and the browser's of what
 * a Dutch page shows once the app runs (tests/e2e/languages.spec.ts). A function's words are the
 * pieces of what it says for sample arguments, between them (wordsOf).
 */
export function englishOnly(): string[] {
  setLanguage('en')
  const english: Messages = {
    ...{ core, pages, quote, explorer, explorerParts, records, feed, search },
    ...{ citations, saved, saving, problems },
  }
  const dutchAreas: Record<string, Record<string, unknown>> = nl
  const words: string[] = []
  for (const [area, entries] of Object.entries(english)) {
    const dutch = dutchAreas[area] ?? {}
    for (const [key, value] of Object.entries(entries)) {
      if (key === 'language') continue // the feed's tag, no word
      const theirs = new Set(wordsOf(dutch[key]))
      for (const said of wordsOf(value)) {
        if (!theirs.has(said) && /[a-z]{2}/i.test(said)) words.push(said)
      }
    }
  }
  return words
}

/** Stands for an argument: what a function says is cut where it shows. */
const ARGUMENT = '§'

/**
 * A catalog value's words: a string as it is; a function's, what it says for sample arguments
 * (each one the same: a stand-in, 0, 2, for strings, counts and flags alike), cut at them and
 * at the numbers, so each piece is words of its own. A sample it cannot take is skipped.
 */
function wordsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value.trim()]
  if (typeof value !== 'function') return []
  const pieces: string[] = []
  for (const sample of [ARGUMENT, 0, 2]) {
    let said: unknown
    try {
      said = Reflect.apply(value, undefined, Array<unknown>(Math.max(value.length, 4)).fill(sample))
    } catch {
      continue
    }
    for (const piece of String(said).split(/§|NaN|\d+/)) {
      if (piece.trim() && !pieces.includes(piece.trim())) pieces.push(piece.trim())
    }
  }
  return pieces
}

/**
 * Which of `english` a page's `texts` still show: a phrase anywhere in a text, a single word
 * only as a whole text (a label, a button), so a Dutch sentence that has "Races" in it passes.
 */
export function englishLeft(english: readonly string[], texts: readonly string[]): string[] {
  return english.filter((words) =>
    /\s/.test(words)
      ? texts.some((text) => text.includes(words))
      : texts.some((text) => text === words),
  )
}
