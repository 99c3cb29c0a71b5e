/** The page's language (its <html lang>), and the locale `Intl` formats its text with. */
export let lang = 'en'
export let locale = 'en-GB'

/** Sets both (src/i18n/language.ts's setLanguage). English as the British write it: 1,000. */
export function setLocale(tag: string): void {
  lang = tag
  locale = tag === 'en' ? 'en-GB' : tag
}

/**
 * One `Intl` formatter per locale, made on first use: the page's language is set before the
 * first render (src/i18n/language.ts), and the build renders each language in turn. Every date
 * is formatted in UTC, so the prerendered text and the browser's agree in any time zone.
 */
export function perLocale<T>(make: (locale: string) => T): () => T {
  const made = new Map<string, T>()
  return () => {
    let formatter = made.get(locale)
    if (!formatter) made.set(locale, (formatter = make(locale)))
    return formatter
  }
}
