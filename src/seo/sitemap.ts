import { escapeMarkup } from '../lib/escape-markup'

/** A sitemap lists at most this many addresses (sitemaps.org); more need a sitemap index. */
export const SITEMAP_MAX_URLS = 50_000

// eslint-disable-next-line no-control-regex -- control characters are exactly what it rules out
const WHITESPACE_OR_CONTROL = /[\s\0-\x1F\x7F-\x9F]/

/** Crawlers only follow absolute http(s) addresses; anything else is a build bug, not a page. */
function checkedUrl(url: string): string {
  let parsed: URL | undefined
  try {
    parsed = new URL(url)
  } catch {
    parsed = undefined
  }
  const web = parsed?.protocol === 'https:' || parsed?.protocol === 'http:'
  if (!web || WHITESPACE_OR_CONTROL.test(url)) {
    throw new Error(`A sitemap lists absolute http(s) addresses only, got ${JSON.stringify(url)}`)
  }
  return url
}

function xmlList(root: string, item: string, urls: readonly string[]): string {
  if (urls.length > SITEMAP_MAX_URLS) {
    throw new RangeError(
      `A ${root} holds at most ${SITEMAP_MAX_URLS} addresses, got ${urls.length}: split it`,
    )
  }
  const items = urls.map(
    (url) => `  <${item}><loc>${escapeMarkup(checkedUrl(url))}</loc></${item}>\n`,
  )
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    items.join('') +
    `</${root}>\n`
  )
}

/** A sitemaps.org urlset of the given absolute page addresses. */
export function sitemapXml(urls: readonly string[]): string {
  return xmlList('urlset', 'url', urls)
}

/** A sitemaps.org sitemap index, for when the pages are more than SITEMAP_MAX_URLS. */
export function sitemapIndexXml(sitemapUrls: readonly string[]): string {
  return xmlList('sitemapindex', 'sitemap', sitemapUrls)
}

/** robots.txt allowing everything, pointing to the sitemap when its address is known. */
export function robotsTxt(sitemapUrl: string | undefined): string {
  const rules = 'User-agent: *\nAllow: /\n'
  return sitemapUrl === undefined ? rules : `${rules}Sitemap: ${checkedUrl(sitemapUrl)}\n`
}
