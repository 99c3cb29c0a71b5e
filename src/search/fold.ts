const NON_ASCII = /[^\0-\x7F]/
const MARKS = /\p{M}/gu
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g
// toLowerCase picks σ or ς from the letters around a Σ; Unicode case folding makes both σ, so
// that text folds the same whole or character by character (as highlighting does).
const FINAL_SIGMA = /ς/g

/**
 * Folds text for matching: compatibility-decomposed, accents and invisible format characters
 * removed, lower-cased. "Jean-Éric" and "jean-eric" fold to the same string.
 */
export function fold(text: string): string {
  // Plain ASCII has nothing to decompose or strip: most text takes this fast path.
  if (!NON_ASCII.test(text)) return text.toLowerCase()
  return text
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .toLowerCase()
    .replace(FINAL_SIGMA, 'σ')
}
