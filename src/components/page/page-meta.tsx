import type { JsonLd, JsonLdLinks } from '../../seo/structured-data'
import { jsonForHtml } from '../../lib/html-json'
import { SITE_NAME, absoluteUrl } from '../../seo/site-url'

export const APP_NAME = SITE_NAME

/** The site's origin from the build's SITE_URL; undefined without one. */
const ORIGIN = import.meta.env.SITE_URL || undefined
/** The one share image of the product, for link previews (public/og-image.png). */
const SHARE_IMAGE = '/og-image.png'

/** Absolute addresses of in-app paths, for head tags and JSON-LD; none without SITE_URL. */
export function siteLinks(path?: string): JsonLdLinks {
  const urlOf = (to: string) => absoluteUrl(ORIGIN, import.meta.env.BASE_URL, to)
  return { url: path === undefined ? undefined : urlOf(path), urlOf }
}

type PageMetaProps = {
  title?: string | undefined
  description: string
  /** The page's own in-app address: its canonical URL, and og:url. */
  path?: string
  /** What Open Graph calls the page. */
  type?: 'website' | 'profile' | 'article'
  /** The page's schema.org description (src/seo/structured-data.ts). */
  jsonLd?: JsonLd
  /** Keep the page out of search engines: the 404 page, error pages. */
  noindex?: boolean
}

/**
 * The page's head: title, description, canonical URL, Open Graph and Twitter card, robots; React
 * hoists them into <head>, while prerendering as in the browser. The tags that need an absolute
 * address are left out without SITE_URL, rather than wrong. JSON-LD stays where it is rendered,
 * as a data block (the CSP runs no inline script, and this is none).
 */
export function PageMeta({
  title,
  description,
  path,
  type = 'website',
  jsonLd,
  noindex,
}: PageMetaProps) {
  const fullTitle = title ? `${title} · ${APP_NAME}` : APP_NAME
  const { url, urlOf } = siteLinks(path)
  const image = urlOf(SHARE_IMAGE)
  return (
    <>
      <title>{fullTitle}</title>
      <meta name="description" content={description} />
      {noindex && <meta name="robots" content="noindex" />}
      {url && <link rel="canonical" href={url} />}
      <meta property="og:site_name" content={APP_NAME} />
      <meta property="og:type" content={type} />
      <meta property="og:title" content={title ?? APP_NAME} />
      <meta property="og:description" content={description} />
      {url && <meta property="og:url" content={url} />}
      {image && <meta property="og:image" content={image} />}
      {image && (
        <meta
          property="og:image:alt"
          content={`${APP_NAME}: what drivers say about the races they dream of`}
        />
      )}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title ?? APP_NAME} />
      <meta name="twitter:description" content={description} />
      {image && <meta name="twitter:image" content={image} />}
      {jsonLd && (
        // JSON, not markup: a script's text must be raw (React would entity-escape a child), and
        // jsonForHtml escapes every < > & of the data.
        <script
          type="application/ld+json"
          // eslint-disable-next-line no-restricted-syntax
          dangerouslySetInnerHTML={{ __html: jsonForHtml(jsonLd) }}
        />
      )}
    </>
  )
}
