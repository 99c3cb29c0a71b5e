import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { highlightSegments, type Segment } from '../../src/search/highlight'
import {
  keyHas,
  nameKey,
  needleOf,
  parseSearch,
  searchKey,
  wordsOf,
} from '../../src/search/search-query'
import { TRICKY_WORDS, codePointArbitrary } from '../support/arbitrary-dataset'

/** Text as a data author might paste it: any code point, accents, emoji, bidi controls. */
const anyText = fc.string({
  unit: fc.oneof(
    codePointArbitrary,
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    fc.constantFrom(
      ...TRICKY_WORDS,
      'e\u0301',
      '\u0301',
      '👩‍👩‍👧',
      '🇳🇱',
      '\u202E',
      '\u202Dabc\u202C',
      '\u200F',
      'Σ',
      ' ',
    ),
  ),
  maxLength: 25,
})

const marked = (segments: Segment[]) => segments.filter((s) => s.match).map((s) => s.text)

const terms = (q: string) => parseSearch(q).include
const marks = (text: string, q: string, joined = false) =>
  marked(highlightSegments(text, terms(q), { joined }))

describe('highlightSegments', () => {
  it('marks an accented name matched by an unaccented, lower-case query', () => {
    expect(highlightSegments('Jean-Éric Vergne', terms('eric'))).toEqual([
      { text: 'Jean-', match: false },
      { text: 'Éric', match: true },
      { text: ' Vergne', match: false },
    ])
  })

  it('marks the start of words only, as much as was typed', () => {
    expect(marks('Charles Leclerc', 'le')).toEqual(['Le'])
    expect(marks('Charles Leclerc', 'arles')).toEqual([])
    expect(marks('Leclerc', 'lecl')).toEqual(['Lecl'])
  })

  it('marks every occurrence of every term, whatever its case', () => {
    expect(marks('Le Mans is Le Mans; LE MANS', 'mans le')).toEqual([
      'Le',
      'Mans',
      'Le',
      'Mans',
      'LE',
      'MANS',
    ])
  })

  it('marks a phrase only where its words follow each other', () => {
    expect(marks('Le Mans, not mans le', '"le mans"')).toEqual(['Le Mans'])
    expect(marks('Le Mans', '"le ma"')).toEqual(['Le Ma'])
    expect(marks('Le Mans le', '"mans le"')).toEqual(['Mans le'])
  })

  it('marks a term run on over the words of a name only when asked to', () => {
    expect(marks('24 Hours of Le Mans', 'lemans', true)).toEqual(['Le Mans'])
    expect(marks('24 Hours of Le Mans', 'lem', true)).toEqual(['Le M'])
    expect(marks('24 Hours of Le Mans', 'lemans')).toEqual([])
    expect(marks('Le Mans', 'lemansx', true)).toEqual([])
  })

  it('keeps a decomposed accent inside the mark, also at the end of the match', () => {
    expect(highlightSegments('Jean-E\u0301ric', terms('eric'))).toEqual([
      { text: 'Jean-', match: false },
      { text: 'E\u0301ric', match: true },
    ])
    expect(highlightSegments('cafe\u0301 au lait', terms('cafe'))).toEqual([
      { text: 'cafe\u0301', match: true },
      { text: ' au lait', match: false },
    ])
  })

  it('marks the whole ligature or soft-hyphenated word the query finds', () => {
    expect(marks('the ﬁnal lap', 'fin')).toEqual(['ﬁn'])
    expect(marks('Ver\u00ADgne', 'vergne')).toEqual(['Ver\u00ADgne'])
  })

  it('marks a Greek word ending in a capital sigma that the search finds', () => {
    expect(marks('Ο ΔΡΟΜΟΣ', 'δρόμος')).toEqual(['ΔΡΟΜΟΣ'])
  })

  it('marks nothing for punctuation and regex metacharacters, which are not words', () => {
    expect(marks('Car #52 (Ferrari). Not .* but a dot.', '.* ( . [a-z]+ $')).toEqual(['a'])
  })

  it('merges overlapping matches into one mark', () => {
    expect(highlightSegments('Vergne', terms('ver verg'))).toEqual([
      { text: 'Verg', match: true },
      { text: 'ne', match: false },
    ])
  })

  it('gives one unmatched segment without terms, or for empty text', () => {
    expect(highlightSegments('Le Mans', [])).toEqual([{ text: 'Le Mans', match: false }])
    expect(highlightSegments('', terms('le'))).toEqual([{ text: '', match: false }])
  })

  it('gives back exactly the input text, in alternating non-empty segments', () => {
    fc.assert(
      fc.property(anyText, anyText, fc.boolean(), (text, query, joined) => {
        const segments = highlightSegments(text, terms(query), { joined })
        expect(segments.map((s) => s.text).join('')).toBe(text)
        if (text === '') return
        segments.forEach((segment, i) => {
          expect(segment.text).not.toBe('')
          if (i > 0) expect(segment.match).not.toBe(segments[i - 1]?.match)
        })
      }),
      { numRuns: 300 },
    )
  })

  it('marks something exactly when search finds the term in that text', () => {
    // Terms cut from the text's own words (a prefix of one), so that there is often a match.
    const textAndQuery = anyText.chain((text) => {
      const words = wordsOf(text)
      const cut =
        words.length === 0
          ? fc.constant('')
          : fc
              .tuple(fc.constantFrom(...words), fc.integer({ min: 1, max: 6 }))
              .map(([word, length]) => word.slice(0, length))
      return fc.tuple(fc.constant(text), fc.array(fc.oneof(cut, anyText), { maxLength: 3 }))
    })
    fc.assert(
      fc.property(textAndQuery, fc.boolean(), ([text, cuts], joined) => {
        const query = terms(cuts.join(' '))
        const key = joined ? nameKey([text]) : searchKey([text])
        for (const term of query) {
          const found = keyHas(key, needleOf(term))
          const segments = highlightSegments(text, [term], { joined })
          expect(segments.some((s) => s.match)).toBe(found)
        }
      }),
      { numRuns: 400 },
    )
  })

  it('never throws on arbitrary text and arbitrary, even unfolded, terms', () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.array(anyText), { maxLength: 4 }), (text, raw) => {
        expect(
          highlightSegments(text, raw)
            .map((s) => s.text)
            .join(''),
        ).toBe(text)
      }),
      { numRuns: 300 },
    )
  })
})
