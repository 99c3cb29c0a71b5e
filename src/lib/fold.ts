const MARKS = /\p{M}/gu
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF]/g

/**
 * Folds text for matching: compatibility-decomposed, accents and invisible format characters
 * removed, lower-cased. "Jean-Éric" and "jean-eric" fold to the same string.
 */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(MARKS, '').replace(INVISIBLE, '').toLowerCase()
}
