import { jsonForHtml } from '../../src/lib/html-json'
import { withPageHead } from '../../src/seo/head-tags'
import { BOOT_DATA_ID, type BootData } from '../../src/page-data/boot-data'

// How the build writes one page's HTML document around what React rendered (site-build.ts).

/**
 * The fonts every page's first view uses (src/app/fonts.css: the Latin serif and sans), asked
 * for at once, beside the stylesheet, not once the stylesheet is parsed and the text laid out.
 * The other subsets load only where a page has their characters.
 */
export const PRELOADED_FONTS = [/^serif-latin-[\w-]+\.woff2$/, /^sans-latin-[\w-]+\.woff2$/]

export function withFontPreloads(
  template: string,
  assets: readonly string[],
  base: string,
): string {
  const links = PRELOADED_FONTS.map((pattern) => {
    const found = assets.filter((name) => pattern.test(name))
    if (found.length !== 1) {
      throw new Error(
        `build: expected one font file like ${pattern} in assets/, found ${found.length}`,
      )
    }
    return `<link rel="preload" href="${base}assets/${found[0]}" as="font" type="font/woff2" crossorigin>`
  })
  return template.replace('</head>', () => `${links.join('')}</head>`)
}

/** The file a page is served from: /drivers -> drivers.html, / -> index.html. */
export function htmlFileOf(pagePath: string): string {
  return pagePath === '/' ? 'index.html' : `${pagePath.slice(1)}.html`
}

/** Where page-head.ts's template takes a page's early head (its boot script). */
export const EARLY_HEAD_MARK = '<!--page-head-early-->'

/**
 * A page's whole document: the template (index.html, with the stylesheet inline and the font
 * preloads: page-head.ts) with the page's boot script (`head.early`), its head tags, the preloads
 * of its own code and data (`head.late`, last), its rendered body in #root, and its data in a
 * data block after it.
 */
export function pageDocument(
  template: string,
  rendered: { head: string; body: string },
  boot: BootData,
  head: { early: string; late: string } = { early: '', late: '' },
): string {
  const root = /<div id="root">[\s\S]*<\/div>(\s*)<\/body>/
  if (!root.test(template)) throw new Error('index.html: <div id="root"> is not the last in <body>')
  // A data block, not a script: the strict CSP runs no inline script, and this one never runs.
  const dataBlock = `<script type="application/json" id="${BOOT_DATA_ID}">${jsonForHtml(boot)}</script>`
  if (!template.includes(EARLY_HEAD_MARK)) throw new Error(`index.html: no ${EARLY_HEAD_MARK}`)
  return withPageHead(
    template.replace(EARLY_HEAD_MARK, () => head.early),
    rendered.head,
  )
    .replace('</head>', () => `${head.late}</head>`)
    .replace(
      root,
      (_, space: string) => `<div id="root">${rendered.body}</div>${dataBlock}${space}</body>`,
    )
}
