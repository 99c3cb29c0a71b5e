import { fold } from './fold'

/**
 * Text folded for matching at the start of its words: case, accents and punctuation aside,
 * "Jean-Éric Vergne" becomes " jean eric vergne". Made once per label, not once per keystroke.
 */
export function wordStartKey(text: string): string {
  return ` ${fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()}`
}

/**
 * Whether the typed text starts at one of the label's words: "lecl", "charles lec" and
 * "jean eric" match, "harles" does not. Both sides are wordStartKey()s; blank text matches all.
 */
export function startsAWord(labelKey: string, typedKey: string): boolean {
  return typedKey === ' ' || labelKey.includes(typedKey)
}
