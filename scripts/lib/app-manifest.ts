import { readFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Resvg } from '@resvg/resvg-js'
import { SITE_NAME } from '../../src/i18n/language'
import { offlineWords } from './offline-page'

/**
 * What makes the site installable (docs/offline.md): the web app manifest and its icons, drawn
 * at build time from the site's mark (public/favicon.svg, copied into the build), never by hand.
 * The manifest's start URL and scope are the build's base, so a build for /paddock/ installs
 * /paddock/. One manifest a language, under its prefix (manifest.json, nl/manifest.json), in its
 * words and starting at its home page; one app (the same id) whichever a reader installs.
 */

export const MANIFEST_FILE = 'manifest.json'

/** The two themes' colours: index.html's theme-color, styles.css's page (--bg). */
const LIGHT = { theme_color: '#ffffff', background_color: '#f7f6f2' }
const DARK = { theme_color: '#1b1d21', background_color: '#131417' }

/** The mark's red, the full-bleed background of the maskable icon. */
const MARK_RED = '#d7262d'

/**
 * The maskable icon: the mark's red to every edge, the mark itself inside the safe zone (the
 * circle of 80% of the width that every mask keeps), at 60% of the width.
 */
function maskableSvg(mark: string): string {
  const inner = mark.replace(/^<svg\b/, '<svg x="64" y="64" width="384" height="384"')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" fill="${MARK_RED}"/>${inner}</svg>`
}

function png(svg: string, size: number): Buffer {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng()
}

export type AppIcon = { file: string; size: number; purpose: 'any' | 'maskable' }

const ICONS: readonly AppIcon[] = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any' },
  { file: 'icons/maskable-512.png', size: 512, purpose: 'maskable' },
]

/** The manifest's JSON for a build under `base`, in a language under its `prefix`. */
export function appManifest(base: string, lang = 'en', prefix = '') {
  const words = offlineWords(lang, "manifest's")
  return {
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: words.appDescription,
    lang,
    id: base,
    start_url: base + prefix,
    scope: base,
    display: 'standalone',
    ...LIGHT,
    // Chromium's colours for a reader in the dark theme (the manifest's own field for it).
    user_preferences: { color_scheme_dark: DARK },
    icons: ICONS.map(({ file, size, purpose }) => ({
      src: `${base}${file}`,
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose,
    })),
  }
}

/**
 * Writes the icons and each language's manifest (`languages` by their prefixes, the unprefixed
 * one first) into the build at `outDir`; the files written.
 */
export async function writeAppManifest(
  outDir: string,
  base: string,
  languages: readonly (readonly [lang: string, prefix: string])[] = [['en', '']],
): Promise<string[]> {
  const mark = (await readFile(path.join(outDir, 'favicon.svg'), 'utf8')).trim()
  await mkdir(path.join(outDir, 'icons'), { recursive: true })
  for (const { file, size, purpose } of ICONS) {
    const svg = purpose === 'maskable' ? maskableSvg(mark) : mark
    await writeFile(path.join(outDir, file), png(svg, size))
  }
  const manifests = languages.map(([lang, prefix]) => {
    const manifest = appManifest(base, lang, prefix)
    return { file: prefix + MANIFEST_FILE, text: `${JSON.stringify(manifest, null, 2)}\n` }
  })
  for (const { file, text } of manifests) await writeFile(path.join(outDir, file), text)
  return [...ICONS.map(({ file }) => file), ...manifests.map(({ file }) => file)]
}

/** The tag that registers the worker, as every page has it (scripts/lib/without-worker.ts). */
export const registration = (base: string) => `<script src="${base}register-sw.js" async></script>`

/**
 * The template's head with the manifest's link and the worker's registration (every page). The
 * registration is `async`, never `defer`: a deferred script holds the end of parsing, and with
 * it the first paint, until it has loaded (90 ms of a 400 ms first paint on `/` here, desktop,
 * behind the preloads that fill the browser's six connections). An async one still runs before
 * the page's `load`, which it waits for.
 */
export function withAppHead(template: string, base: string): string {
  const head = `<link rel="manifest" href="${base}${MANIFEST_FILE}">${registration(base)}`
  if (!template.includes('</head>')) throw new Error('index.html: no </head>')
  return template.replace('</head>', `${head}</head>`)
}
