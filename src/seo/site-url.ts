/** The site's name, in titles and structured data. */
export { SITE_NAME } from '../i18n/language'

export type SiteUrlResult =
  { ok: true; origin: string | undefined } | { ok: false; problem: string }

const EXAMPLE = 'like https://paddock.example'
// The URL parser drops tabs and newlines inside an address; a setting with them is a typo.
// eslint-disable-next-line no-control-regex -- control characters are exactly what it rules out
const WHITESPACE_OR_CONTROL = /[\s\0-\x1F\x7F-\x9F]/
const HTTP_SCHEME = /^https?:\/\//i

/**
 * The SITE_URL build setting: the origin canonical addresses start with, or undefined when it is
 * not set. The sub-path the site is served under comes from Vite's base, not from here.
 */
export function parseSiteUrl(raw: string | undefined): SiteUrlResult {
  const value = raw?.trim() ?? ''
  if (value === '') return { ok: true, origin: undefined }
  const notAnAddress = problem(
    `SITE_URL must be an absolute https:// or http:// address ${EXAMPLE}, got ${quoted(value)}`,
  )
  if (!HTTP_SCHEME.test(value) || WHITESPACE_OR_CONTROL.test(value)) return notAnAddress

  const afterScheme = value.slice(value.indexOf('//') + 2)
  const authorityEnd = afterScheme.search(/[/\\?#]/)
  const authority = authorityEnd === -1 ? afterScheme : afterScheme.slice(0, authorityEnd)
  const rest = authorityEnd === -1 ? '' : afterScheme.slice(authorityEnd)
  if (authority === '') return notAnAddress
  // Not echoed: the message lands in build logs.
  if (authority.includes('@')) {
    return problem('SITE_URL must not contain a user name or password: every page would show it')
  }
  if (rest.includes('#')) {
    return problem(`SITE_URL must not have a fragment (#…) ${EXAMPLE}, got ${quoted(value)}`)
  }
  if (rest.includes('?')) {
    return problem(`SITE_URL must not have a query (?…) ${EXAMPLE}, got ${quoted(value)}`)
  }
  if (rest !== '' && rest !== '/') {
    return problem(
      `SITE_URL must be the origin only, without a path, ${EXAMPLE}: the sub-path comes from ` +
        `Vite's base setting, got ${quoted(value)}`,
    )
  }

  let url: URL
  try {
    url = new URL(value)
  } catch {
    return notAnAddress
  }
  return { ok: true, origin: url.origin }
}

function problem(message: string): SiteUrlResult {
  return { ok: false, problem: message }
}

function quoted(value: string): string {
  return JSON.stringify(value)
}

/**
 * The absolute address of an in-app path (from `paths`) on a site served under `base` (Vite's
 * BASE_URL, '/' or '/paddock/'), or undefined without an origin. The root keeps its slash:
 * https://paddock.example/paddock/.
 */
export function absoluteUrl(
  origin: string | undefined,
  base: string,
  path: string,
): string | undefined {
  if (origin === undefined) return undefined
  if (!base.startsWith('/')) {
    throw new Error(`base must be an absolute path like "/" or "/paddock/", got ${quoted(base)}`)
  }
  if (!path.startsWith('/')) {
    throw new Error(`path must be an in-app path like "/drivers", got ${quoted(path)}`)
  }
  const prefix = base.endsWith('/') ? base : `${base}/`
  return new URL(`${origin}${prefix}${path.slice(1)}`).href
}
