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

/**
 * The English catalog's words that Dutch says otherwise: none may be left on a Dutch page. For
 * the build's scan of the prerendered files (languages-build.test.ts) and the browser's of what
 * a Dutch page shows once the app runs (tests/e2e/languages.spec.ts).
 */
export function englishOnly(): string[] {
  setLanguage('en')
  const english: Messages = {
    ...{ core, pages, quote, explorer, explorerParts, records, feed, search },
    ...{ citations, saved, saving },
  }
  const dutchAreas: Record<string, Record<string, unknown>> = nl
  const words: string[] = []
  for (const [area, entries] of Object.entries(english)) {
    const dutch = dutchAreas[area] ?? {}
    for (const [key, value] of Object.entries(entries)) {
      if (key === 'language') continue // the feed's tag, no word
      if (typeof value === 'string' && value !== dutch[key] && /[a-z]{2}/i.test(value)) {
        words.push(value.trim())
      }
    }
  }
  return words
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
