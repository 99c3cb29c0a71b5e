import { fold } from './fold'
import { WORD, type Term } from './search-query'

export type Segment = { text: string; match: boolean }

type Word = { from: number; word: string }

/**
 * Splits text into plain and matching segments for the search's terms, by the rules search
 * matches by (search-query.ts): a term marks the start of a word, as much of it as was typed; a
 * phrase marks its run of words. With `joined` (names, as nameKey reads them) a term may also
 * run on over the next words: `coterouge` marks "Côte Rouge". Plain string work: no RegExp from input.
 */
export function highlightSegments(
  text: string,
  terms: readonly Term[],
  { joined = false } = {},
): Segment[] {
  if (terms.length === 0 || text === '') return [{ text, match: false }]
  const { folded, start, end } = foldWithOffsets(text)
  const words: Word[] = Array.from(folded.matchAll(WORD), (m) => ({ from: m.index, word: m[0] }))
  const marked = new Array<boolean>(text.length).fill(false)
  const mark = (from: number, to: number) => {
    if (to <= from) return
    marked.fill(true, start[from] ?? 0, end[to - 1] ?? text.length)
  }
  for (const term of terms) {
    for (let i = 0; i < words.length; i++) {
      const to = matchEnd(words, i, term) ?? (joined ? joinedEnd(words, i, term) : undefined)
      if (to !== undefined) mark(words[i]?.from ?? 0, to)
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

/** Where in the folded text the term ends if it matches from word i: whole words, then a start. */
function matchEnd(words: readonly Word[], i: number, term: Term): number | undefined {
  const last = term.length - 1
  for (let k = 0; k < last; k++) if (words[i + k]?.word !== term[k]) return undefined
  const final = words[i + last]
  const typed = term[last] ?? ''
  return final && final.word.startsWith(typed) ? final.from + typed.length : undefined
}

/** The same for a one-word term run on over the words after word i ("coterouge": "Côte Rouge"). */
function joinedEnd(words: readonly Word[], i: number, term: Term): number | undefined {
  const typed = term[0] ?? ''
  if (term.length !== 1) return undefined
  let run = ''
  for (let j = i; j < words.length; j++) {
    const word = words[j]?.word ?? ''
    const before = run.length
    run += word
    if (run.length >= typed.length) {
      return run.startsWith(typed) ? (words[j]?.from ?? 0) + typed.length - before : undefined
    }
    if (!typed.startsWith(run)) return undefined
  }
  return undefined
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
