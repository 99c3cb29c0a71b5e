import { setLanguage } from '../../src/i18n/language'
import { nl } from '../../src/i18n/nl'
import type { PageData } from '../../src/page-data/page-data'
import type { createPageRenderer } from '../../src/app/render-page'
import type { PageHeads } from './page-head'
import type { DatasetIndex } from '../../src/model/dataset-index'
import { siteFeedLink, writeFeeds } from './feed-files'

// What a page's document says about its language (docs/i18n.md): <html lang>, and where the
// same page is in every built language. The build writes it: it costs the app nothing.

/** The languages the build knows the words of (src/i18n/): English, and Dutch. */
export const KNOWN_LANGUAGES = ['en', 'nl'] as const

/**
 * The `--languages` setting ("en,nl": the first is the unprefixed one), checked: each a known
 * language, once. Returns the list, or a problem to print.
 */
export function parseLanguages(
  raw: string | undefined,
): { ok: true; languages: string[] } | { ok: false; problem: string } {
  const languages = (raw ?? 'en,nl').split(',').map((tag) => tag.trim().toLowerCase())
  const known: readonly string[] = KNOWN_LANGUAGES
  const unknown = languages.filter((tag) => !known.includes(tag))
  if (unknown.length > 0 || languages.length === 0) {
    return {
      ok: false,
      problem: `--languages: expected some of ${KNOWN_LANGUAGES.join(', ')} separated by commas, got "${raw}"`,
    }
  }
  if (new Set(languages).size !== languages.length) {
    return { ok: false, problem: `--languages: a language is named twice in "${raw}"` }
  }
  return { ok: true, languages }
}

/** Each language as Open Graph names a locale (language_TERRITORY): English as the British write it. */
const OG_LOCALES: Record<(typeof KNOWN_LANGUAGES)[number], string> = { en: 'en_GB', nl: 'nl_NL' }

/**
 * A page's Open Graph locale, and its other languages' as alternates: the same on every page of
 * a language, so written by the build (React's head, which a move inside the app changes, holds
 * what does change).
 */
export function ogLocaleTags(lang: string, languages: readonly string[]): string {
  const localeOf = (tag: string) => Object.entries(OG_LOCALES).find(([known]) => known === tag)?.[1]
  const meta = (property: string, tag: string) => {
    const locale = localeOf(tag)
    if (!locale) throw new Error(`no Open Graph locale for ${tag}`)
    return `<meta property="${property}" content="${locale}">`
  }
  return (
    meta('og:locale', lang) +
    languages
      .filter((tag) => tag !== lang)
      .map((tag) => meta('og:locale:alternate', tag))
      .join('')
  )
}

/** Where a language's pages are under the base: '' for the first, 'nl/' for the others. */
export const prefixIn = (languages: readonly string[], lang: string) =>
  lang === languages[0] ? '' : `${lang}/`

/**
 * The template (index.html) in a language: its <html lang>, and its manifest (app-manifest.ts),
 * under its prefix.
 */
export function templateIn(template: string, lang: string, prefix = ''): string {
  if (!template.includes('<html lang="en">')) throw new Error('index.html: no <html lang="en">')
  return template
    .replace('<html lang="en">', `<html lang="${lang}">`)
    .replace(/(<link rel="manifest" href="[^"]*\/)(manifest\.json")/, `$1${prefix}$2`)
}

/**
 * Puts the build's own modules (the feeds' words, src/i18n/language.ts) in `lang`; the
 * prerenderer's bundle has its own, which it sets per page. Returns the language's prefix.
 */
export function switchLanguage(lang: string, languages: readonly string[]): string {
  setLanguage(lang, lang === 'nl' ? nl : undefined)
  return prefixIn(languages, lang)
}

/**
 * Writes the Atom feeds (feed-files.ts) in each language, under its prefix and in its words,
 * then puts the build's own modules back in English, as it found them: what runs after the build
 * in this process (check:scale's expected texts, a test) formats as before. Returns the files
 * and bytes written, none without SITE_URL.
 */
export async function writeFeedsIn(
  languages: readonly string[],
  index: DatasetIndex,
  options: Omit<Parameters<typeof writeFeeds>[1], 'prefix'>,
): Promise<{ files: number; bytes: number } | undefined> {
  let total: { files: number; bytes: number } | undefined
  for (const lang of languages) {
    const prefix = switchLanguage(lang, languages)
    const written = await writeFeeds(index, { ...options, prefix })
    if (written) {
      total = {
        files: written.files + (total?.files ?? 0),
        bytes: written.bytes + (total?.bytes ?? 0),
      }
    }
  }
  setLanguage('en')
  return total
}

/** The module of the Dutch words, as Vite's manifest names it (src/main.tsx imports it). */
const DUTCH_WORDS = 'src/i18n/nl/index.ts'

type LanguageOptions = {
  languages: readonly string[]
  siteUrl: string | undefined
  base: string
  heads: PageHeads
  /** The template for every language, with `<html lang="en">`. */
  template: string
  renderer: typeof createPageRenderer
}

/** What the build needs to write a language's pages: where, from which template, and how. */
export function pageLanguage(lang: string, options: LanguageOptions) {
  const { languages, siteUrl, base, heads } = options
  const prefix = switchLanguage(lang, languages)
  const language = {
    prefix,
    siteFeed: siteFeedLink(siteUrl, base, prefix),
    late: ogLocaleTags(lang, languages) + (lang === 'nl' ? heads.chunkLinks(DUTCH_WORDS) : ''),
  }
  return {
    prefix,
    template: templateIn(options.template, lang, prefix),
    renderPage: options.renderer(base, lang),
    headIn: (pagePath: string, data: PageData) => heads.headOf(pagePath, data, language),
  }
}
