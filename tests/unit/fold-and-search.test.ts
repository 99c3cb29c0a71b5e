import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fold } from '../../src/search/fold'
import { keyHas, nameKey, needleOf, parseSearch, searchKey } from '../../src/search/search-query'
import { TRICKY_WORDS, codePointArbitrary } from '../support/arbitrary-dataset'

/** Any code point, plus the pieces folding has to get right, mixed into one string. */
const messyString = fc.string({
  unit: fc.oneof(
    codePointArbitrary,
    fc.constantFrom(...TRICKY_WORDS, 'Σ', 'ς', 'σ', '\u0301', '\u200D', '\u202E', ' ', '\u00A0'),
  ),
  maxLength: 30,
})

describe('fold', () => {
  it.each([
    ['Jean-Éric', 'jean-eric'],
    ['Jean-E\u0301ric', 'jean-eric'],
    ['JEAN-ERIC', 'jean-eric'],
    ['Leclerc', 'leclerc'],
    ['Ver\u00ADgne', 'vergne'],
    ['Zo\u200Bë', 'zoe'],
    ['ﬁnal', 'final'],
    ['İstanbul', 'istanbul'],
    ['ΟΔΟΣ', 'οδοσ'],
    ['οδός', 'οδοσ'],
    ['Ｌｅ Ｍａｎｓ', 'le mans'],
  ])('folds %j to %j', (text, folded) => {
    expect(fold(text)).toBe(folded)
  })

  it('leaves letters that are not accented variants alone', () => {
    expect(fold('Øre Łódź')).toBe('øre łodz')
    expect(fold('שלום 😀')).toBe('שלום 😀')
  })

  it('is idempotent, so folding a folded query changes nothing', () => {
    fc.assert(
      fc.property(messyString, (text) => fold(fold(text)) === fold(text)),
      {
        numRuns: 300,
      },
    )
  })

  it('folds the same whole or code point by code point, as highlighting does', () => {
    fc.assert(
      fc.property(messyString, (text) => {
        expect([...text].map(fold).join('')).toBe(fold(text))
      }),
      { numRuns: 300 },
    )
  })

  it('folds composed and decomposed spellings of the same text alike', () => {
    fc.assert(
      fc.property(messyString, (text) => {
        expect(fold(text.normalize('NFC'))).toBe(fold(text.normalize('NFD')))
      }),
      { numRuns: 300 },
    )
  })
})

const terms = (q: string) => parseSearch(q).include

describe('parseSearch', () => {
  it('splits a query into folded words, once each; a hyphen joins words like a space', () => {
    expect(terms('  Jean-Éric   VERGNE jean-eric\tle\nMans\u00A0 ')).toEqual([
      ['jean'],
      ['eric'],
      ['vergne'],
      ['le'],
      ['mans'],
    ])
    expect(terms('jean-eric')).toEqual(terms('jean eric'))
    expect(terms('Jean-Éric')).toEqual(terms('jean eric'))
  })

  it('reads "double quotes" as a phrase, closed or still being typed', () => {
    expect(terms('"Le Mans" indy')).toEqual([['le', 'mans'], ['indy']])
    expect(terms('indy "le ma')).toEqual([['indy'], ['le', 'ma']])
  })

  it('reads -word and -"a phrase" as exclusions, and a hyphen inside a word as a space', () => {
    expect(parseSearch('le mans -gasly -"jean eric" -jean-eric')).toEqual({
      include: [['le'], ['mans']],
      exclude: [['gasly'], ['jean', 'eric']],
    })
    expect(parseSearch('- -- "" "')).toEqual({ include: [], exclude: [] })
  })

  it('gives no terms for a blank or invisible-only query', () => {
    expect(terms('')).toEqual([])
    expect(terms(' \t\n\u00A0')).toEqual([])
    expect(terms('\u200B\u00AD')).toEqual([])
  })

  it('keeps only letters and digits: regex metacharacters are not words', () => {
    expect(terms('.* ( #52 C++')).toEqual([['52'], ['c']])
  })

  it('gives distinct terms of non-empty, folded words of letters and digits', () => {
    fc.assert(
      fc.property(messyString, (query) => {
        const { include, exclude } = parseSearch(query)
        for (const list of [include, exclude]) {
          expect(new Set(list.map((t) => t.join(' '))).size).toBe(list.length)
          for (const term of list) {
            expect(term.length).toBeGreaterThan(0)
            for (const word of term) {
              expect(word).toMatch(/^[\p{L}\p{N}]+$/u)
              expect(fold(word)).toBe(word)
            }
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('searchKey and keyHas: the start of a word', () => {
  const key = searchKey(['Ik hoop zeker dat hij op een dag Le Mans gaat doen', 'Charles Leclerc'])
  const has = (q: string) => terms(q).every((term) => keyHas(key, needleOf(term)))

  it('finds whole words and the start of words, not the inside of a word', () => {
    expect(has('mans hoop')).toBe(true)
    expect(has('man hoo')).toBe(true)
    expect(has('lecl')).toBe(true)
    expect(has('oop')).toBe(false)
    expect(has('arles')).toBe(false)
    expect(has('mans indianapolis')).toBe(false)
  })

  it('finds a phrase only as words that follow each other within one field', () => {
    expect(has('"le mans"')).toBe(true)
    expect(has('"le ma"')).toBe(true)
    expect(has('"mans le"')).toBe(false)
    // The last word of one field and the first of the next are not a phrase.
    expect(has('"doen charles"')).toBe(false)
  })

  it('finds accented text with an unaccented, differently cased query', () => {
    const name = searchKey(['Jean-Éric Vergne', 'ΟΔΟΣ'])
    for (const q of ['JEAN-ERIC vergne', 'οδός', 'jean eric']) {
      expect(terms(q).every((term) => keyHas(name, needleOf(term)))).toBe(true)
    }
  })

  it('runs a name\'s words together: "lemans" finds Le Mans in a name, not in text', () => {
    expect(keyHas(nameKey(['24 Hours of Le Mans']), needleOf(['lemans']))).toBe(true)
    expect(keyHas(nameKey(['Jean-Éric Vergne']), needleOf(['jeanericv']))).toBe(true)
    expect(keyHas(searchKey(['at Le Mans']), needleOf(['lemans']))).toBe(false)
  })
})
