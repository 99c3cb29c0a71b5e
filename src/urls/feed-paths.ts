/** The folder every feed is written to, and the name of the whole site's. */
export const FEEDS_FOLDER = 'feeds'
const SITE_FEED = 'all'

/**
 * The in-app path of a page's Atom feed: `/feeds/drivers/<id>.atom` for `/drivers/<id>`, and
 * `/feeds/all.atom` for the site's (the explorer's, `/`). Built only with SITE_URL (a feed needs
 * absolute addresses), so a page links to one only then.
 */
export function feedPathOf(pagePath: string): string {
  return `/${FEEDS_FOLDER}${pagePath === '/' ? `/${SITE_FEED}` : pagePath}.atom`
}
