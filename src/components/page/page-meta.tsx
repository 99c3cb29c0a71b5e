import type { JsonLd, JsonLdLinks } from '../../seo/structured-data'
import { jsonForHtml } from '../../lib/html-json'
import { SITE_NAME, absoluteUrl } from '../../seo/site-url'
import { SHARE_IMAGE, pageHeadTags, type HeadTag, type PageHead } from '../../seo/head-tags'
import { lang } from '../../i18n/language'
import { LANGUAGES, prefixOf } from '../../i18n/prefix'

export const APP_NAME = SITE_NAME

/** The site's origin from the build's SITE_URL; undefined without one. */
const ORIGIN = import.meta.env.SITE_URL || undefined

/** Absolute addresses of in-app paths, for head tags and JSON-LD; none without SITE_URL. */
export function siteLinks(path?: string): JsonLdLinks {
  const urlOf = (to: string) => absoluteUrl(ORIGIN, import.meta.env.BASE_URL + prefixOf(lang), to)
  return { url: path === undefined ? undefined : urlOf(path), urlOf }
}

type PageMetaProps = {
  title?: string | undefined
  description: string
  /** The page's own in-app address: its canonical URL, and og:url. */
  path?: string
  type?: PageHead['type']
  /** The page's schema.org description (src/seo/structured-data.ts). */
  jsonLd?: JsonLd
  noindex?: boolean
}

/**
 * The page's head tags (which, and what they say: src/seo/head-tags.ts); React hoists them into
 * <head>, while prerendering as in the browser. JSON-LD stays where it is rendered, as a data
 * block (the CSP runs no inline script, and this is none).
 */
export function PageMeta({
  title,
  description,
  path,
  type = 'website',
  jsonLd,
  noindex = false,
}: PageMetaProps) {
  const { url } = siteLinks(path)
  const image = absoluteUrl(ORIGIN, import.meta.env.BASE_URL, SHARE_IMAGE)
  // The page in every built language, the unprefixed one also as x-default (docs/i18n.md): in
  // the head React keeps, so they follow the reader's moves inside the app, as the canonical URL.
  // Only with SITE_URL (absolute addresses): without it, this is no code at all.
  const alternates =
    import.meta.env.SITE_URL && path !== undefined && LANGUAGES.length > 1
      ? [...LANGUAGES, 'x-default'].map((hreflang) => ({
          tag: 'link' as const,
          rel: 'alternate',
          hreflang,
          href: new URL(
            `${ORIGIN}${import.meta.env.BASE_URL}${hreflang === 'x-default' ? '' : prefixOf(hreflang)}${path.slice(1)}`,
          ).href,
        }))
      : undefined
  const tags = pageHeadTags({ title, description, url, image, type, noindex, alternates })
  return (
    <>
      {tags.map((tag, i) => (
        <Tag key={i} tag={tag} />
      ))}
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

function Tag({ tag }: { tag: HeadTag }) {
  if (tag.tag === 'title') return <title>{tag.text}</title>
  if (tag.tag === 'link') return <link rel={tag.rel} href={tag.href} hrefLang={tag.hreflang} />
  if ('name' in tag) return <meta name={tag.name} content={tag.content} />
  return <meta property={tag.property} content={tag.content} />
}
