/**
 * The languages the client was built with, the unprefixed one first (the build's `--languages`,
 * through Vite's define: the app's code only, not the build's scripts).
 */
export const LANGUAGES: readonly string[] = import.meta.env.LANGUAGES.split(',')

/** Where a language's pages are under the base: '' for the first, 'nl/' for the others. */
export const prefixOf = (tag: string) => (tag === LANGUAGES[0] ? '' : `${tag}/`)
