import { SITE_NAME } from './site-url'
import { lang } from '../i18n/language'

/** A schema.org JSON-LD object; put it in the page with jsonForHtml (src/lib/html-json.ts). */
export type JsonLd = Record<string, unknown>

/** The page the JSON-LD goes on: its absolute address, unknown when SITE_URL is not set. */
export type JsonLdPage = { url?: string | undefined }

/** The page, and the absolute address of any in-app path (absoluteUrl with the site's origin). */
export type JsonLdLinks = JsonLdPage & { urlOf: (path: string) => string | undefined }

const CONTEXT = 'https://schema.org'

/** Without the keys whose value is undefined or an empty list: a field the data does not have. */
export function compact(fields: Record<string, unknown>): JsonLd {
  return Object.fromEntries(
    Object.entries(fields).filter(
      ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
    ),
  )
}

/** A relative or non-web address in JSON-LD names another page than this one: fail the build. */
function absolute(url: string | undefined): string | undefined {
  if (url === undefined) return undefined
  let protocol: string | undefined
  try {
    protocol = new URL(url).protocol
  } catch {
    protocol = undefined
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error(`JSON-LD takes absolute http(s) addresses only, got ${JSON.stringify(url)}`)
  }
  return url
}

/**
 * A node about the page at `url`. Its @id is that address with `#kind`, so the Person on a
 * driver page and the Person a quote names as its creator are one node to a crawler.
 */
export function node(
  type: string,
  url: string | undefined,
  kind: string | undefined,
  fields: JsonLd,
) {
  const at = absolute(url)
  const id = at === undefined || kind === undefined ? at : `${at}#${kind}`
  return compact({ '@type': type, '@id': id, ...fields, url: at })
}

export function root(
  type: string,
  url: string | undefined,
  kind: string | undefined,
  fields: JsonLd,
) {
  return { '@context': CONTEXT, ...node(type, url, kind, { inLanguage: lang, ...fields }) }
}

/** The explorer, the site's home. */
export function websiteJsonLd(page: JsonLdPage): JsonLd {
  return root('WebSite', page.url, 'website', { name: SITE_NAME })
}

/** A list page: /drivers, /races, /teams. The page is the node, so its @id is its address. */
export function collectionJsonLd(name: string, description: string, page: JsonLdPage): JsonLd {
  return root('CollectionPage', page.url, undefined, { name, description })
}
