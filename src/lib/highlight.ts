import { fold } from './fold'

export type Segment = { text: string; match: boolean }

/**
 * Splits text into plain and matching segments for the given folded terms, matching the way
 * search does (case and accents ignored). Plain string search only: no RegExp from input.
 */
export function highlightSegments(text: string, terms: readonly string[]): Segment[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }]
  const { folded, start, end } = foldWithOffsets(text)
  const marked = new Array<boolean>(text.length).fill(false)
  for (const term of terms) {
    if (!term) continue
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      const from = start[at] ?? 0
      const to = end[at + term.length - 1] ?? text.length
      marked.fill(true, from, to)
    }
  }
  const segments: Segment[] = []
  let from = 0
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[from]) {
      segments.push({ text: text.slice(from, i), match: marked[from] ?? false })
      from = i
    }
  }
  return segments
}

/** Folds text code point by code point, remembering where each folded unit came from. */
function foldWithOffsets(text: string) {
  let folded = ''
  const start: number[] = []
  const end: number[] = []
  let index = 0
  for (const char of text) {
    const piece = fold(char)
    const charEnd = index + char.length
    if (piece === '' && end.length > 0) {
      // A lone accent or invisible mark belongs to the character before it.
      for (let k = end.length - 1; k >= 0 && end[k] === index; k--) end[k] = charEnd
    }
    for (let k = 0; k < piece.length; k++) {
      start.push(index)
      end.push(charEnd)
    }
    folded += piece
    index = charEnd
  }
  return { folded, start, end }
}
