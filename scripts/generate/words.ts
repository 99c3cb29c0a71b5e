/**
 * Made-up words, names and prose: obviously not real ("Velmor Prask Dunavel"), and never with
 * the letters of the planted search terms (search-terms.ts).
 */
import { makeRandom, type Random } from './random'
import { LONGEST_PLANTED, SEARCH_TERMS, type Planted } from './search-terms'

const TEXT_MIN = 60
const TEXT_MAX = 600
const LONGEST_WORD = 14

// Syllables without j, q, x, y, w, h or c (see SEARCH_TERMS).
const ONSETS = ['b', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'dr']
const MORE_ONSETS = ['gr', 'kl', 'pl', 'pr', 'sk', 'st', 'tr', 'vr', 'zl']
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ae', 'ou']
const CODAS = ['', '', '', 'n', 'r', 'l', 'k', 's', 'm', 't', 'nd', 'rk', 'sk']

function syllable(random: Random): string {
  const onset = random.chance(0.8) ? random.pick(ONSETS) : random.pick(MORE_ONSETS)
  return onset + random.pick(VOWELS) + random.pick(CODAS)
}

export function makeWord(random: Random, minSyllables: number, maxSyllables: number): string {
  let word = ''
  const count = random.int(minSyllables, maxSyllables)
  for (let i = 0; i < count; i++) word += syllable(random)
  return word.slice(0, LONGEST_WORD)
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1)
}

/** The fixed vocabulary: the same for every seed, so every dataset reads alike. */
function makeVocabulary(): string[] {
  const random = makeRandom(0x5eed)
  const words = new Set<string>(['the', 'a', 'to', 'and', 'in', 'of', 'we', 'is', 'it', 'on'])
  while (words.size < 400) words.add(makeWord(random, 1, 3))
  return [...words]
}

const VOCABULARY = makeVocabulary()

/** Draws one filler word. */
export type Words = (random: Random) => string

/** The newsroom's and the speakers' words: 400, drawn uniformly. */
export const FEW_WORDS: Words = (random) => random.pick(VOCABULARY)

/** Sentences of made-up words, at least `length` characters long, with `planted` words inside. */
export function prose(random: Random, words: Words, length: number, planted: Planted = []): string {
  const toPlant = [...planted]
  // Pieces joined once at the end: a string built by += is a rope of them, and a million
  // quotes' ropes take gigabytes.
  const pieces: string[] = []
  let textLength = 0
  let sentence = 0
  let sentenceLength = random.int(5, 14)
  const add = (piece: string) => {
    pieces.push(piece)
    textLength += piece.length
  }
  while (textLength < length || toPlant.length > 0) {
    const plant = toPlant.length > 0 && (textLength >= length || random.chance(0.15))
    const word = plant ? (toPlant.shift() ?? '') : words(random)
    add(sentence === 0 ? `${textLength > 0 ? ' ' : ''}${capitalize(word)}` : ` ${word}`)
    sentence++
    if (sentence >= sentenceLength) {
      add(random.pick(['.', '.', '.', '!', '?']))
      sentence = 0
      sentenceLength = random.int(5, 14)
    }
  }
  if (sentence !== 0) pieces.push('.')
  return pieces.join('')
}

/** A text length between TEXT_MIN and TEXT_MAX, short ones more likely. */
export function textLength(random: Random): number {
  // prose() overshoots its target by at most one word, a full stop and the planted words.
  const overshoot = LONGEST_WORD + 2 + Object.keys(SEARCH_TERMS).length * 2 * (LONGEST_PLANTED + 1)
  return TEXT_MIN + Math.floor((TEXT_MAX - TEXT_MIN - overshoot) * random.next() ** 1.6)
}

export function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

export function personName(random: Random): string {
  return `${capitalize(makeWord(random, 2, 2))} ${capitalize(makeWord(random, 2, 3))}`
}
