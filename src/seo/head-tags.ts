import { SITE_NAME } from './site-url'
import { core } from '../i18n/en/core'

/**
 * A page's head tags, in one place: which tags a page has and what they say (`pageHeadTags`,
 * rendered by PageMeta), and, from the same list of kinds, how the prerenderer lifts them out of
 * React's output (`splitPageHead`), how the build puts them in place of the template's own
 * (`withPageHead`), and which tags a fresh render in the browser takes out (`PAGE_HEAD_SELECTOR`).
 * The page's JSON-LD is no head tag: PageMeta renders it where the page is (structured-data.ts).
 */
export type HeadTag =
  | { tag: 'title'; text: string }
  | { tag: 'meta'; name: string; content: string }
  | { tag: 'meta'; property: string; content: string }
  | { tag: 'link'; rel: string; href: string; hreflang?: string }

type HeadTagKind =
  | { element: 'title' }
  | { element: 'meta' | 'link'; attribute: string; value: string; prefix?: true }

/** Every kind of tag a page's head has: an element, and the attribute value that names it. */
export const HEAD_TAG_KINDS: readonly HeadTagKind[] = [
  { element: 'title' },
  { element: 'meta', attribute: 'name', value: 'description' },
  { element: 'meta', attribute: 'name', value: 'robots' },
  { element: 'link', attribute: 'rel', value: 'canonical' },
  // The page in each language; a fresh render also takes out the site feed's (the build's).
  { element: 'link', attribute: 'rel', value: 'alternate' },
  { element: 'meta', attribute: 'property', value: 'og:', prefix: true },
  { element: 'meta', attribute: 'name', value: 'twitter:', prefix: true },
]

/** The one share image of the product, for link previews (public/og-image.png). */
export const SHARE_IMAGE = '/og-image.png'

export type PageHead = {
  /** The page's own title; none for the site's home, whose title is the site's name. */
  title: string | undefined
  description: string
  /** The page's absolute address (canonical, og:url) and the share image's; none without SITE_URL. */
  url: string | undefined
  /** The same page in each built language, and `x-default`: `<link rel="alternate" hreflang>`. */
  alternates?: readonly HeadTag[] | undefined
  image: string | undefined
  /** What Open Graph calls the page. */
  type: 'website' | 'profile' | 'article'
  /** Keep the page out of search engines: the 404 page, error pages. */
  noindex: boolean
}

/**
 * The page's head, in order: title, description, robots, canonical URL, the page in each
 * language (hreflang), Open Graph, Twitter card.
 * The tags that need an absolute address are left out without one, rather than wrong.
 */
export function pageHeadTags(page: PageHead): HeadTag[] {
  const { title, description, url, image, type, noindex, alternates = [] } = page
  const name = title ?? SITE_NAME
  const tags: (HeadTag | undefined)[] = [
    { tag: 'title', text: title ? `${title} · ${SITE_NAME}` : SITE_NAME },
    { tag: 'meta', name: 'description', content: description },
    noindex ? { tag: 'meta', name: 'robots', content: 'noindex' } : undefined,
    url ? { tag: 'link', rel: 'canonical', href: url } : undefined,
    ...alternates,
    { tag: 'meta', property: 'og:site_name', content: SITE_NAME },
    { tag: 'meta', property: 'og:type', content: type },
    { tag: 'meta', property: 'og:title', content: name },
    { tag: 'meta', property: 'og:description', content: description },
    url ? { tag: 'meta', property: 'og:url', content: url } : undefined,
    image ? { tag: 'meta', property: 'og:image', content: image } : undefined,
    image ? { tag: 'meta', property: 'og:image:alt', content: core.shareAlt } : undefined,
    // X reads og:title, og:description and og:image where its own tags are absent
    // (developer.x.com/cards/markup): only the card's kind is its own, not the text again.
    { tag: 'meta', name: 'twitter:card', content: image ? 'summary_large_image' : 'summary' },
  ]
  return tags.filter((tag) => tag !== undefined)
}

/** The CSS selector of every head tag a page has, as in the document. */
export const PAGE_HEAD_SELECTOR = HEAD_TAG_KINDS.map((kind) =>
  kind.element === 'title'
    ? 'title'
    : `${kind.element}[${kind.attribute}${kind.prefix ? '^' : ''}="${kind.value}"]`,
).join(', ')

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// The patterns below are built when called, by the build only: a module-level one would be kept
// in the browser's first script, used or not.

/** Splits a page rendered by React into its head tags and the page itself. */
export function splitPageHead(html: string): { head: string; body: string } {
  // React renders the tags it hoists to <head> first, void ones self-closed; the page follows.
  const elements = [...new Set(HEAD_TAG_KINDS.map((kind) => kind.element))]
  const rendered = elements.map((element) =>
    element === 'title' ? '<title>[^<]*</title>' : `<${element} [^>]*/>`,
  )
  const head = new RegExp(`^(?:${rendered.join('|')})*`).exec(html)?.[0] ?? ''
  return { head, body: html.slice(head.length) }
}

/**
 * The template (index.html) with a page's head tags in place of its own: where the first of them
 * was (its <title>), the others taken out.
 */
export function withPageHead(template: string, head: string): string {
  const end = template.indexOf('</head>')
  // Any head tag as written in an HTML source.
  const written = HEAD_TAG_KINDS.map((kind) =>
    kind.element === 'title'
      ? '<title>[^<]*</title>'
      : `<${kind.element}\\s[^>]*\\b${kind.attribute}="${escapeRegExp(kind.value)}${kind.prefix ? '[^"]*' : ''}"[^>]*>`,
  )
  let placed = false
  const place = () => {
    if (placed) return ''
    placed = true
    return head
  }
  const withHead = template
    .slice(0, Math.max(end, 0))
    .replace(new RegExp(written.join('|'), 'g'), place)
  if (end === -1 || !placed) throw new Error('index.html: no <title> in <head> to replace')
  return withHead + template.slice(end)
}
