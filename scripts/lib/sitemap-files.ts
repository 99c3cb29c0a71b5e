import { absoluteUrl } from '../../src/seo/site-url'
import { SITEMAP_MAX_URLS, robotsTxt, sitemapIndexXml, sitemapXml } from '../../src/seo/sitemap'

type SitemapOptions = {
  siteUrl: string | undefined
  base: string
  write: (file: string, text: string) => Promise<void>
}

/**
 * Writes the sitemap of the site's pages (numbered ones under an index beyond 50,000 addresses)
 * and, at the origin's root, robots.txt. Returns the sitemap's address; none without SITE_URL.
 */
export async function writeSitemap(
  pagePaths: readonly string[],
  { siteUrl, base, write }: SitemapOptions,
): Promise<string | undefined> {
  // Crawlers read robots.txt at the origin's root only: a sub-path build leaves it to the host.
  const urlOf = (to: string) => absoluteUrl(siteUrl, base, to)
  const sitemap = urlOf('/sitemap.xml')
  if (sitemap) {
    const urls = pagePaths.flatMap((pagePath) => urlOf(pagePath) ?? [])
    if (urls.length <= SITEMAP_MAX_URLS) await write('sitemap.xml', sitemapXml(urls))
    else {
      // A sitemap holds 50,000 addresses at most: an index of numbered ones beyond that.
      const parts: string[] = []
      for (let i = 0; i * SITEMAP_MAX_URLS < urls.length; i++) {
        const name = `sitemap-${i + 1}.xml`
        await write(name, sitemapXml(urls.slice(i * SITEMAP_MAX_URLS, (i + 1) * SITEMAP_MAX_URLS)))
        parts.push(urlOf(`/${name}`) ?? name)
      }
      await write('sitemap.xml', sitemapIndexXml(parts))
    }
  }
  if (base === '/') await write('robots.txt', robotsTxt(sitemap))
  return sitemap
}
