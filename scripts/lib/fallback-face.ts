import type { Font } from '@capsizecss/unpack'

/** A font on the reader's machine, by its local() names, with the metrics the maths needs. */
export type LocalFont = { names: string[]; metrics: Pick<Font, 'unitsPerEm' | 'xWidthAvg'> }

// From capsize's metrics collection (@capsizecss/metrics, MIT): Times New Roman and Arial,
// regular and bold. Liberation Serif and Sans, their metric twins on Linux, share them.
export const TIMES = { unitsPerEm: 2048, xWidthAvg: 832 }
export const TIMES_BOLD = { unitsPerEm: 2048, xWidthAvg: 886 }
export const ARIAL = { unitsPerEm: 2048, xWidthAvg: 913 }
export const ARIAL_BOLD = { unitsPerEm: 2048, xWidthAvg: 983 }

const percent = (value: number) => `${(value * 100).toFixed(2)}%`

type FallbackFace = {
  /** The family it stands in for: the face is named "<family> Fallback". */
  family: string
  /** Its font-weight descriptor: "400 500". */
  weights: string
  /** The served font's metrics, at those weights. */
  served: Font
  local: LocalFont
}

/**
 * An @font-face rule: `local` resized to the served font's average character width, and given
 * the served font's ascent, descent and line gap, so text set in it takes the room the served
 * font will (capsize's method).
 */
export function fallbackFace({ family, weights, served, local }: FallbackFace): string {
  const sizeAdjust =
    served.xWidthAvg / served.unitsPerEm / (local.metrics.xWidthAvg / local.metrics.unitsPerEm)
  const em = served.unitsPerEm * sizeAdjust
  return [
    '@font-face {',
    `  font-family: '${family} Fallback';`,
    `  font-weight: ${weights};`,
    `  src: ${local.names.map((name) => `local('${name}')`).join(', ')};`,
    `  size-adjust: ${percent(sizeAdjust)};`,
    `  ascent-override: ${percent(served.ascent / em)};`,
    `  descent-override: ${percent(Math.abs(served.descent) / em)};`,
    `  line-gap-override: ${percent(served.lineGap / em)};`,
    '}',
  ].join('\n')
}
