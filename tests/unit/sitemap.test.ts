import { describe, expect, it } from 'vitest'
import { robotsTxt, sitemapIndexXml, sitemapXml, SITEMAP_MAX_URLS } from '../../src/seo/sitemap'

describe('sitemapXml', () => {
  it('lists each address in a sitemaps.org urlset', () => {
    expect(
      sitemapXml(['https://paddock.example/', 'https://paddock.example/drivers/pierre-gasly']),
    ).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://paddock.example/</loc></url>\n' +
        '  <url><loc>https://paddock.example/drivers/pierre-gasly</loc></url>\n' +
        '</urlset>\n',
    )
  })

  it('escapes the characters XML gives a meaning to', () => {
    const xml = sitemapXml(['https://paddock.example/?driver=a&team=b\'s"<x>'])
    expect(xml).toContain(
      '<loc>https://paddock.example/?driver=a&amp;team=b&#39;s&quot;&lt;x&gt;</loc>',
    )
    expect(xml).not.toMatch(/&(?!amp;|#39;|quot;|lt;|gt;)/)
  })

  it('is an empty urlset without pages', () => {
    expect(sitemapXml([])).toContain(
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n</urlset>\n',
    )
  })

  it.each(['/drivers', 'javascript:alert(1)', 'ftp://paddock.example/', 'https://a.example/\nb'])(
    'refuses %j, which a crawler cannot follow',
    (url) => {
      expect(() => sitemapXml([url])).toThrow(/absolute http\(s\) addresses only/)
    },
  )

  it('refuses more addresses than one sitemap may hold', () => {
    const urls = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => `https://p.example/${i}`)
    expect(() => sitemapXml(urls)).toThrow(RangeError)
    expect(() => sitemapXml(urls.slice(1))).not.toThrow()
  })
})

describe('sitemapIndexXml', () => {
  it('lists the sitemaps in a sitemaps.org sitemapindex', () => {
    expect(sitemapIndexXml(['https://paddock.example/sitemap-1.xml'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <sitemap><loc>https://paddock.example/sitemap-1.xml</loc></sitemap>\n' +
        '</sitemapindex>\n',
    )
  })
})

describe('robotsTxt', () => {
  it('allows every crawler everywhere', () => {
    expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n')
  })

  it('points to the sitemap when its address is known', () => {
    expect(robotsTxt('https://paddock.example/paddock/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\nSitemap: https://paddock.example/paddock/sitemap.xml\n',
    )
  })

  it('refuses a sitemap address that would add a line of its own', () => {
    expect(() => robotsTxt('https://paddock.example/\nDisallow: /')).toThrow()
    expect(() => robotsTxt('/sitemap.xml')).toThrow()
  })
})
