/** The language the app shows translations in, next to the text as published. */
export const TRANSLATION_LANGUAGE = 'en'

/** The quote's translation to show, unless the quote is already in that language. */
export function translationOf(quote: {
  language: string
  translations?: Readonly<Record<string, string>> | undefined
}): string | undefined {
  if (quote.language === TRANSLATION_LANGUAGE) return undefined
  return quote.translations?.[TRANSLATION_LANGUAGE]
}
