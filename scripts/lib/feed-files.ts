import type { DatasetIndex } from '../../src/model/dataset-index'
import { escapeMarkup } from '../../src/lib/escape-markup'
import { absoluteUrl } from '../../src/seo/site-url'
import { feedFiles } from '../../src/seo/feeds'
import { feed } from '../../src/i18n/en/feed'
import { feedPathOf } from '../../src/urls/feed-paths'

type FeedOptions = {
  siteUrl: string | undefined
  base: string
  write: (file: string, text: string) => Promise<void>
  /** The language's pages' prefix ('' or 'nl/'): its feeds are under it, in its words. */
  prefix?: string
}

/** The absolute address of an in-app path: feeds are built only when there is one. */
function urlMaker(siteUrl: string, base: string) {
  return (to: string) => {
    const url = absoluteUrl(siteUrl, base, to)
    if (url === undefined) throw new Error(`no absolute address for ${to}`)
    return url
  }
}

/**
 * Writes the site's Atom feeds (src/seo/feeds.ts) under feeds/: the whole site's and one per
 * driver, race and team, in the interface's language (src/i18n/language.ts's setLanguage). None without SITE_URL: a feed is read away from the site, and every
 * address in it must be absolute. Returns how many files and bytes were written.
 */
export async function writeFeeds(
  index: DatasetIndex,
  { siteUrl, base, write, prefix = '' }: FeedOptions,
): Promise<{ files: number; bytes: number } | undefined> {
  if (!siteUrl) return undefined
  const files = feedFiles(index, feed, urlMaker(siteUrl, base + prefix))
  let bytes = 0
  for (const { path, xml } of files) {
    await write(prefix + path.slice(1), xml)
    bytes += Buffer.byteLength(xml)
  }
  return { files: files.length, bytes }
}

/**
 * The head link to the whole site's feed, for every page but a quote's own (50,000 of them:
 * their head stays as it was) and the 404 page. The build writes it, not the app: it names the
 * same feed wherever the reader goes, and costs the first script nothing.
 */
export function siteFeedLink(siteUrl: string | undefined, base: string, prefix = ''): string {
  if (!siteUrl) return ''
  const href = urlMaker(siteUrl, base + prefix)(feedPathOf('/'))
  const title = feed.site.title
  return `<link rel="alternate" type="application/atom+xml" title="${escapeMarkup(title)}" href="${escapeMarkup(href)}">`
}
