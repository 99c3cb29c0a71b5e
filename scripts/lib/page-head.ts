import { createHash } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { minifySync } from 'vite'
import { EXPLORER_INDEX_DIR } from './explorer-index'
import { pagePreloads, readPagePreloads, type PreloadData } from './page-preloads'
import { REPO_ROOT } from './repo'
import { pageAt, viewParamsAt } from '../../src/urls/url-table'
import { indexPaths } from '../../src/search/sharded/index-format'
import type { PageData } from '../../src/page-data/page-data'

// What a page's <head> holds beside its own tags (site-build.ts, page-document.ts), ordered so
// that nothing but the HTML itself stands before the first paint:
//   - first, the stylesheet, inline: a page paints from its HTML alone, with no request for a
//     render-blocking file (a round trip on a phone: 150 ms);
//   - then the boot script (src/app/view-boot.js), inline too: it must run before the first
//     paint, and a file would block the parser for another round trip;
//   - last, what takes the page over: the entry module, the chunks it and the page's route
//     import (from Vite's manifest), the fonts, a quote page's record block; and the site's
//     feed (every page but a quote's).
// The Content-Security-Policy allows the two inline elements by their hashes (never
// 'unsafe-inline'): deploy/security-headers.conf lists them, and the build checks it does.

const VIEW_BOOT_FILE = path.join(REPO_ROOT, 'src/app/view-boot.js')
const STYLESHEET_LINK = /<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>\s*/g
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/g

/** The CSP source that allows an inline element with exactly this text (CSP 3, hash-source). */
export const hashSource = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`

export type PageHeads = {
  /** index.html with its stylesheet inline, first in the head. */
  template: string
  /**
   * The boot script and the preloads of the page at `pagePath`, in a language: its pages'
   * prefix ('' or 'nl/', docs/i18n.md), its `late` head (alternates, its words' chunk), and its
   * site feed's `<link rel="alternate">` (feed-files.ts), in every page's but a quote's.
   */
  headOf: (pagePath: string, data: PageData | undefined, language?: PageLanguage) => PageHead
  /** The 404 page's: its boot script, which starts the app (no address of its own). */
  notFound: PageHead
  /** The preloads of a module the entry imports on demand (a language's words). */
  chunkLinks: (key: string) => string
  /** The hash sources the Content-Security-Policy must allow: `style-src`, `script-src`. */
  csp: { style: string; script: string }
  /** What the heads are made of, as plain data: `pageHeadsFrom` makes them again from it. */
  parts: HeadParts
}

/** What a worker thread of the build gets to make the same heads (render-pool.ts). */
export type HeadParts = {
  template: string
  base: string
  /** The app's entry module, as the boot script is told to load it. */
  entry: string
  /** The boot script, minified. */
  boot: string
  css: string
  preloads: PreloadData
}

type PageHead = { early: string; late: string }
type PageLanguage = { prefix: string; late: string; siteFeed: string }
const NO_LANGUAGE: PageLanguage = { prefix: '', late: '', siteFeed: '' }

/**
 * Reads what the client build wrote in `outDir` (index.html's stylesheet, Vite's manifest) and
 * makes every page's head from it. The stylesheet file is removed: every page has it inline.
 */
export async function readPageHeads(
  outDir: string,
  builtTemplate: string,
  base: string,
): Promise<PageHeads> {
  const links = [...builtTemplate.matchAll(STYLESHEET_LINK)]
  if (links.length !== 1)
    throw new Error(`index.html: expected 1 stylesheet, found ${links.length}`)
  const cssFile = path.join(outDir, links[0]?.[1]?.slice(base.length) ?? '')
  const css = (await readFile(cssFile, 'utf8')).trim()
  if (/<\/style/i.test(css)) throw new Error(`${cssFile}: cannot be inlined (it holds </style)`)
  await rm(cssFile)
  const style = `<style>${css}</style>`
  const viewport = /<meta name="viewport"[^>]*>/
  if (!viewport.test(builtTemplate)) throw new Error('index.html: no <meta name="viewport">')
  // The app's entry is fetched at once, beside the page, but run by the boot script once the
  // page is parsed and painted (view-boot.js): evaluating it is the longest task of a load.
  const entries = [...builtTemplate.matchAll(ENTRY_SCRIPT)]
  const entry = entries[0]?.[1]
  if (entries.length !== 1 || !entry) {
    throw new Error(`index.html: expected 1 entry script, found ${entries.length}`)
  }
  const template = builtTemplate
    .replace(STYLESHEET_LINK, '')
    .replace(ENTRY_SCRIPT, `<link rel="modulepreload" crossorigin href="${entry}">`)
    .replace(viewport, (meta) => `${meta}${style}<!--page-head-early-->`)

  const boot = minifySync('view-boot.js', await readFile(VIEW_BOOT_FILE, 'utf8')).code.trim()
  if (/<\/script/i.test(boot)) throw new Error('view-boot.js: cannot be inlined (</script)')
  const preloads = await readPagePreloads(outDir, base)
  return pageHeadsFrom({ template, base, entry, boot, css, preloads })
}

/** The heads `readPageHeads` read, made from their parts. */
export function pageHeadsFrom(parts: HeadParts): PageHeads {
  const { template, base, entry, boot, css } = parts
  const preloads = pagePreloads(parts.preloads)
  const headOf: PageHeads['headOf'] = (pagePath, data, language = NO_LANGUAGE) => {
    const type = pageAt(pagePath)?.type
    if (!type) throw new Error(`${pagePath}: no page type`)
    const page = `${base}${language.prefix}${pagePath.slice(1)}`
    const attributes = [`data-entry="${entry}"`, `data-page="${escapeAttribute(page)}"`]
    const viewParams = viewParamsAt(pagePath)
    if (viewParams) attributes.push(`data-view-params="${viewParams.join(' ')}"`)
    if (type === 'explorer') {
      const { modules, worker } = preloads.filteredView
      attributes.push(`data-modules="${modules.join(' ')}"`, `data-worker="${worker}"`)
    }
    // A quote page asks for its record's block at once, beside the app's code.
    const record = data?.quoteAt
      ? `<link rel="preload" href="${base}${EXPLORER_INDEX_DIR}/${data.explorerIndex}/${indexPaths.block(data.quoteAt.block)}" as="fetch" crossorigin>`
      : ''
    return {
      early: `<script ${attributes.join(' ')}>${boot}</script>`,
      late:
        preloads.routeLinks(type) +
        record +
        (type === 'quote' ? '' : language.siteFeed) +
        language.late,
    }
  }
  return {
    template,
    headOf,
    notFound: { early: `<script data-entry="${entry}">${boot}</script>`, late: '' },
    chunkLinks: preloads.chunkLinks,
    csp: { style: hashSource(css), script: hashSource(boot) },
    parts,
  }
}

const escapeAttribute = (text: string) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`)

/** The policy deploy/security-headers.conf sends with every response. */
export const SECURITY_HEADERS_FILE = path.join(REPO_ROOT, 'deploy/security-headers.conf')

export async function deployedPolicy(): Promise<string> {
  const conf = await readFile(SECURITY_HEADERS_FILE, 'utf8')
  const policy = /add_header Content-Security-Policy "([^"]+)"/.exec(conf)?.[1]
  if (!policy) throw new Error(`${SECURITY_HEADERS_FILE}: no Content-Security-Policy`)
  return policy
}

/** The sources a policy's directive lists (`style-src 'self' 'sha256-…'` → ['self', …]). */
export function sourcesOf(policy: string, directive: string): string[] {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive)
  return found?.slice(1) ?? []
}

/**
 * Says whether the deployed policy allows this build's inline style and script. The hashes
 * change with the stylesheet or the boot script, and with the base (the stylesheet names its
 * fonts by address): deploy/security-headers.conf lists those of the builds at `/` and at
 * `/paddock/` (tests/unit/site-build.test.ts checks both); another base needs its own.
 */
export async function checkPolicy(
  csp: PageHeads['csp'],
  log: (line: string) => void,
): Promise<void> {
  const policy = await deployedPolicy()
  const missing = [
    ['style-src', csp.style],
    ['script-src', csp.script],
  ].filter(([directive = '', hash = '']) => !sourcesOf(policy, directive).includes(hash))
  if (missing.length === 0) {
    log('deploy/security-headers.conf allows the inline style and script of every page')
    return
  }
  const add = missing.map(([directive, hash]) => `${directive} ${hash}`).join(', ')
  log(`WARNING: deploy/security-headers.conf does not allow this build's inline ${add}: add them`)
}
