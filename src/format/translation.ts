import { lang } from './intl'

/** Two language tags of one language: "nl" and "nl-BE". */
export const sameLanguage = (a: string, b: string) =>
  a.split('-')[0]?.toLowerCase() === b.split('-')[0]?.toLowerCase()

/**
 * The quote's translation into the page's language, unless the quote is already in it (or the
 * dataset has none).
 */
export function translationOf(quote: {
  language: string
  translations?: Readonly<Record<string, string>> | undefined
}): string | undefined {
  if (sameLanguage(quote.language, lang)) return undefined
  return quote.translations?.[lang]
}
