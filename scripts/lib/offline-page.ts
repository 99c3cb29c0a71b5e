import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { escapeMarkup } from '../../src/lib/escape-markup'
import { SITE_NAME } from '../../src/i18n/language'
import { offline as en } from '../../src/i18n/en/offline'
import { offline as nl } from '../../src/i18n/nl/offline'
import { prefixIn, type KNOWN_LANGUAGES } from './page-languages'

/** The offline words in each language the build knows (src/i18n/<lang>/offline.ts). */
const WORDS: Record<(typeof KNOWN_LANGUAGES)[number], typeof en> = { en, nl }

/**
 * The offline words (the offline page's, the update prompt's, the manifest's) in `lang`; throws
 * for a language the build has none in, naming what needed them.
 */
export function offlineWords(lang: string, forWhat: string): typeof en {
  const words = Object.entries(WORDS).find(([tag]) => tag === lang)?.[1]
  if (!words) throw new Error(`no ${forWhat} words in ${lang}`)
  return words
}

export type OfflinePlace = {
  base: string
  /** Where the page's language is under the base: '' or 'nl/'. */
  prefix: string
  /** The other language's home page, for the header's switch; none in a one-language build. */
  otherHome?: string | undefined
}

/**
 * The offline page in a language: its not-found page's frame (header, footer, styles, `<html
 * lang>`), no script, a notice in its words linking to its home page and saved quotes.
 */
export function offlineDocument(notFound: string, place: OfflinePlace, words = en): string {
  const main = /<main\b[^>]*>[\s\S]*<\/main>/
  if (!main.test(notFound)) throw new Error('404.html: no <main>')
  const home = place.base + place.prefix
  const link = (href: string, text: string) =>
    `<a href="${escapeMarkup(href)}">${escapeMarkup(text)}</a>`
  const links = words.links(link(home, words.home), link(`${home}saved`, words.saved))
  return (
    notFound
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link rel="modulepreload"[^>]*>/g, '')
      .replace(
        /<title>[^<]*<\/title>/,
        `<title>${escapeMarkup(words.title)} · ${SITE_NAME}</title>`,
      )
      // The 404 page's switch leads to the other language's 404 page: its home page instead.
      .replace(/(<a class="language-switch" href=")[^"]*"/, (tag, start: string) =>
        place.otherHome ? `${start}${escapeMarkup(place.otherHome)}"` : tag,
      )
      .replace(
        main,
        `<main id="main" class="site-main"><div class="notice notice--error offline" role="alert">` +
          `<h1>${escapeMarkup(words.heading)}</h1>` +
          `<p>${escapeMarkup(words.notSaved)}</p>` +
          `<p>${escapeMarkup(words.readHere)} ${links}</p>` +
          `</div></main>`,
      )
  )
}

/**
 * The update prompt's words (public/update-prompt.js) in each built language, by its tag: the
 * prompt shows the ones of the page's `<html lang>`.
 */
export function updatePromptWords(languages: readonly string[]) {
  return Object.fromEntries(
    languages.map((lang) => {
      const words = offlineWords(lang, "update prompt's")
      return [lang, { update: words.update, reload: words.reload }]
    }),
  )
}

/** An offline page's stylesheet, the site's, inline (27 kB). */
const STYLE = /<style>[\s\S]*?<\/style>/
/** Where the worker puts the stylesheet back in (public/sw.js). */
export const STYLE_SLOT = '<style></style>'

/**
 * The offline page of each built language, by its prefix ('' and 'nl/'): the service worker
 * shows a reader the one whose prefix the address is under. Their stylesheet is one and the same,
 * so sw.js holds it once (`style`), and each page an empty <style> in its place.
 */
export async function offlineDocuments(
  outDir: string,
  base: string,
  languages: readonly string[],
): Promise<{ style: string; pages: Record<string, string> }> {
  const documents: Record<string, string> = {}
  for (const lang of languages) {
    const prefix = prefixIn(languages, lang)
    const other = languages.find((tag) => tag !== lang)
    const words = offlineWords(lang, "offline page's")
    const notFound = await readFile(path.join(outDir, prefix, '404.html'), 'utf8')
    documents[prefix] = offlineDocument(
      notFound,
      {
        base,
        prefix,
        otherHome: other === undefined ? undefined : base + prefixIn(languages, other),
      },
      words,
    )
  }
  const style = STYLE.exec(Object.values(documents)[0] ?? '')?.[0] ?? STYLE_SLOT
  const pages = Object.entries(documents).map(([prefix, page]) => {
    if (!page.includes(style)) throw new Error(`404.html under "${prefix}": another stylesheet`)
    return [prefix, page.replace(style, () => STYLE_SLOT)] as const
  })
  return { style, pages: Object.fromEntries(pages) }
}
