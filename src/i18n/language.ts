import { setLocale } from '../format/intl'

/**
 * The interface's language (docs/i18n.md). A page is in one language for its whole life: the
 * build writes it in <html lang>, and switching language loads the other language's page. So the
 * language is the module's, not a React context's: each area of the interface keeps its English
 * words in a flat object of its own (src/i18n/en/), which its components import and read, and
 * another language's catalog (src/i18n/nl/, one chunk, loaded only on its pages) is written into
 * those same objects before the first render, and into every area whose code loads later. So
 * the English words cost `/` their keys and nothing else: no lookup code, no library.
 */

type Area = Record<string, unknown>

/** Every area of the interface by name: its words in use, and its English words. */
export const areas: Record<string, [Area, Area]> = {}
let catalog: Record<string, Area> | undefined

export { lang } from '../format/intl'

/** The product's name, in every language. */
export const SITE_NAME = 'Paddock Quotes'

/** Declares an area of the interface with its English words; they are the catalog's type. */
export function area<T extends Area>(name: string, english: T): T {
  areas[name] = [english, { ...english }]
  if (catalog) Object.assign(english, catalog[name])
  return english
}

/**
 * Puts the interface in `tag`, with `messages` (another language's catalog) or none (English).
 * The browser calls it once, before its first render; the build before each language's pages.
 */
export function setLanguage(tag: string, messages?: Record<string, Area>): void {
  setLocale(tag)
  catalog = messages
  for (const name in areas) {
    const [words, english] = areas[name] ?? []
    Object.assign(words ?? {}, english, messages?.[name])
  }
}
