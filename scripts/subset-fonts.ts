/**
 * The site's two typefaces, self-hosted: `npm run fonts` writes src/app/fonts/*.woff2 and
 * src/app/fonts.css from the @fontsource-variable packages; `npm run fonts -- --check` fails when
 * the committed files are not what it would write (npm test runs it).
 *
 * - Source Serif 4 (quotes, headings) and Public Sans (the interface, metadata, our translations),
 *   upright only, each cut down to the weights the styles use (serif 400–600, sans 400–700) and
 *   split by unicode-range into Latin and Latin Extended, woff2. Other scripts fall back.
 * - A fallback face per family and weight: a local font (Times New Roman or its metric twin
 *   Liberation Serif; Arial or Liberation Sans) resized and given the served font's ascent,
 *   descent and line gap, so a page that has to be painted before the font is in looks as it
 *   will once the font is cached (capsize's method: the ratio of average character widths).
 *   font-display: optional: a font that misses the first paint is not swapped in, so text is
 *   never set twice and never moves.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'
import { fromBuffer } from '@capsizecss/unpack'
import subsetFont from 'subset-font'
import { readCommandLine } from './lib/command-line'
import {
  ARIAL,
  ARIAL_BOLD,
  TIMES,
  TIMES_BOLD,
  fallbackFace,
  type LocalFont,
} from './lib/fallback-face'
import { REPO_ROOT } from './lib/repo'

const USAGE = `Usage: npm run fonts [-- --check]

Writes src/app/fonts/*.woff2 and src/app/fonts.css from the @fontsource-variable packages.
--check: changes nothing; fails when the committed files differ from what it would write.`

const commandLine = readCommandLine(
  { name: 'fonts', usage: USAGE, options: { check: { type: 'boolean' } }, positionals: false },
  ({ values }) => ({ check: values.check === true }),
)
if (!commandLine.ok) process.exit(commandLine.exitCode)
const { check } = commandLine.options

const FONTSOURCE = path.join(REPO_ROOT, 'node_modules', '@fontsource-variable')
const OUT_DIR = path.join(REPO_ROOT, 'src', 'app', 'fonts')
const CSS_FILE = path.join(REPO_ROOT, 'src', 'app', 'fonts.css')

type Family = {
  /** The CSS family name, and the name of its custom property: --font-serif. */
  name: string
  property: string
  /** Package and file stem in @fontsource-variable. */
  pkg: string
  stem: string
  /** The file names written here: serif-latin.woff2. */
  out: string
  weights: { min: number; max: number }
  /** A local fallback per weight the styles use. */
  fallbacks: Record<number, LocalFont>
  generic: string
}

const FAMILIES: Family[] = [
  {
    name: 'Source Serif',
    property: '--font-serif',
    pkg: 'source-serif-4',
    stem: 'source-serif-4',
    out: 'serif',
    weights: { min: 400, max: 600 },
    fallbacks: {
      400: { names: ['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif'], metrics: TIMES },
      600: {
        names: ['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold'],
        metrics: TIMES_BOLD,
      },
    },
    generic: "Georgia, 'Times New Roman', serif",
  },
  {
    name: 'Public Sans',
    property: '--font-sans',
    pkg: 'public-sans',
    stem: 'public-sans',
    out: 'sans',
    weights: { min: 400, max: 700 },
    fallbacks: {
      400: { names: ['Arial', 'ArialMT', 'Liberation Sans'], metrics: ARIAL },
      600: { names: ['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold'], metrics: ARIAL_BOLD },
    },
    generic: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
  },
]

const SUBSETS = ['latin', 'latin-ext'] as const

/** The unicode-range of each subset, as fontsource's own CSS gives it. */
function unicodeRanges(family: Family): Record<(typeof SUBSETS)[number], string> {
  const css = readFileSync(path.join(FONTSOURCE, family.pkg, 'wght.css'), 'utf8')
  const rangeOf = (subset: string) => {
    const block = css
      .split('/* ')
      .find((part) => part.startsWith(`${family.stem}-${subset}-wght-normal */`))
    const range = block?.match(/unicode-range:\s*([^;]+);/)?.[1]
    if (!range) throw new Error(`${family.pkg}/wght.css: no unicode-range for ${subset}`)
    return range.trim()
  }
  return { latin: rangeOf('latin'), 'latin-ext': rangeOf('latin-ext') }
}

/** Every character a unicode-range names: "U+0000-00FF,U+0131" -> the string of them. */
function charactersOf(range: string): string {
  let text = ''
  for (const part of range.split(',')) {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-')
    for (let code = parseInt(from ?? '', 16); code <= parseInt(to ?? '', 16); code++) {
      // Controls and lone surrogates are no glyphs.
      if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff)) continue
      text += String.fromCodePoint(code)
    }
  }
  return text
}

/** The weights a fallback face stands in for: the regular up to 500, the bold up to the max. */
function weightRange(family: Family, weight: number): string {
  const to = weight === 400 ? 500 : family.weights.max
  return to === weight ? `${weight}` : `${weight} ${to}`
}

const files = new Map<string, Buffer | string>()
const faces: string[] = []
const fallbacks: string[] = []
for (const family of FAMILIES) {
  const ranges = unicodeRanges(family)
  for (const subset of SUBSETS) {
    const source = readFileSync(
      path.join(FONTSOURCE, family.pkg, 'files', `${family.stem}-${subset}-wght-normal.woff2`),
    )
    const woff2 = await subsetFont(source, charactersOf(ranges[subset]), {
      targetFormat: 'woff2',
      variationAxes: { wght: family.weights },
    })
    const name = `${family.out}-${subset.replace('-', '')}.woff2`
    files.set(name, woff2)
    faces.push(
      [
        '@font-face {',
        `  font-family: '${family.name}';`,
        '  font-style: normal;',
        // Optional: used when in by the first paint (preloaded, it is on a good connection), else
        // the fallback face stays for this page and the font is cached for the next. Text is never
        // set twice, so it never moves (a swap reflows it: the widths match only on average).
        '  font-display: optional;',
        `  font-weight: ${family.weights.min} ${family.weights.max};`,
        `  src: url('./fonts/${name}') format('woff2');`,
        `  unicode-range: ${ranges[subset]};`,
        '}',
      ].join('\n'),
    )
  }
  // The served Latin font's metrics at each weight a fallback stands in for.
  const latin = readFileSync(
    path.join(FONTSOURCE, family.pkg, 'files', `${family.stem}-latin-wght-normal.woff2`),
  )
  for (const [weight, local] of Object.entries(family.fallbacks)) {
    const instance = await subsetFont(latin, charactersOf(ranges.latin), {
      targetFormat: 'truetype',
      variationAxes: { wght: Number(weight) },
    })
    fallbacks.push(
      fallbackFace({
        family: family.name,
        weights: weightRange(family, Number(weight)),
        served: await fromBuffer(instance),
        local,
      }),
    )
  }
}

const properties = FAMILIES.map(
  (family) =>
    `  ${family.property}: '${family.name}', '${family.name} Fallback', ${family.generic};`,
)
files.set(
  '../fonts.css',
  [
    '/* Written by `npm run fonts` (scripts/subset-fonts.ts): do not edit. */',
    ...faces,
    ...fallbacks,
    [':root {', ...properties, '}'].join('\n'),
  ].join('\n\n') + '\n',
)

const stale: string[] = []
if (!check) mkdirSync(OUT_DIR, { recursive: true })
for (const [name, contents] of files) {
  const file = name === '../fonts.css' ? CSS_FILE : path.join(OUT_DIR, name)
  const shown = path.relative(REPO_ROOT, file)
  if (check) {
    let current: Buffer | undefined
    try {
      current = readFileSync(file)
    } catch {
      current = undefined
    }
    if (!current || !current.equals(Buffer.from(contents))) stale.push(shown)
  } else {
    writeFileSync(file, contents)
    console.log(`${shown}: ${(Buffer.byteLength(contents) / 1000).toFixed(1)} kB`)
  }
}
if (check && stale.length > 0) {
  console.error(`fonts: out of date, run \`npm run fonts\`: ${stale.join(', ')}`)
  process.exitCode = 1
} else if (check) console.log(`fonts: ${files.size} files up to date`)
