import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fold } from '../../src/lib/fold'
import { highlightSegments, type Segment } from '../../src/lib/highlight'
import { searchTerms } from '../../src/lib/search-terms'
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

describe('highlightSegments', () => {
  it('marks an accented name matched by an unaccented, lower-case query', () => {
    expect(highlightSegments('Jean-Éric Vergne', searchTerms('eric'))).toEqual([
      { text: 'Jean-', match: false },
      { text: 'Éric', match: true },
      { text: ' Vergne', match: false },
    ])
  })

  it('marks every occurrence of every term, whatever its case', () => {
    const text = 'Le Mans is Le Mans; LE MANS'
    expect(marked(highlightSegments(text, searchTerms('mans le')))).toEqual([
      'Le',
      'Mans',
      'Le',
      'Mans',
      'LE',
      'MANS',
    ])
  })

  it('keeps a decomposed accent inside the mark, also at the end of the match', () => {
    expect(highlightSegments('Jean-E\u0301ric', ['eric'])).toEqual([
      { text: 'Jean-', match: false },
      { text: 'E\u0301ric', match: true },
    ])
    expect(highlightSegments('cafe\u0301 au lait', ['cafe'])).toEqual([
      { text: 'cafe\u0301', match: true },
      { text: ' au lait', match: false },
    ])
  })

  it('marks the whole ligature or soft-hyphenated word the query finds', () => {
    expect(marked(highlightSegments('the ﬁnal lap', ['fin']))).toEqual(['ﬁn'])
    expect(marked(highlightSegments('Ver\u00ADgne', ['vergne']))).toEqual(['Ver\u00ADgne'])
  })

  it('marks a Greek word ending in a capital sigma that the search finds', () => {
    expect(marked(highlightSegments('Ο ΔΡΟΜΟΣ', searchTerms('δρόμος')))).toEqual(['ΔΡΟΜΟΣ'])
  })

  it('matches regex metacharacters literally', () => {
    const text = 'Car #52 (Ferrari). Not .* but a dot.'
    expect(marked(highlightSegments(text, ['.*']))).toEqual(['.*'])
    expect(marked(highlightSegments(text, ['(']))).toEqual(['('])
    expect(marked(highlightSegments(text, ['.']))).toEqual(['.', '.', '.'])
    expect(marked(highlightSegments(text, ['[a-z]+', '\\d', '$']))).toEqual([])
  })

  it('merges overlapping and touching matches into one mark', () => {
    expect(highlightSegments('Vergne', ['ver', 'erg'])).toEqual([
      { text: 'Verg', match: true },
      { text: 'ne', match: false },
    ])
    expect(highlightSegments('abab', ['ab'])).toEqual([{ text: 'abab', match: true }])
  })

  it('gives one unmatched segment without terms, with only empty terms, or for empty text', () => {
    expect(highlightSegments('Le Mans', [])).toEqual([{ text: 'Le Mans', match: false }])
    expect(highlightSegments('Le Mans', [''])).toEqual([{ text: 'Le Mans', match: false }])
    expect(highlightSegments('', ['le'])).toEqual([{ text: '', match: false }])
  })

  it('gives back exactly the input text, in alternating non-empty segments', () => {
    fc.assert(
      fc.property(anyText, anyText, (text, query) => {
        const segments = highlightSegments(text, searchTerms(query))
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

  it('marks what search finds and nothing else', () => {
    // A term cut from the folded text itself, so there is always something to find.
    const textAndTerms = anyText.chain((text) => {
      const folded = fold(text)
      const cut = fc
        .tuple(fc.nat(folded.length), fc.integer({ min: 1, max: 4 }))
        .map(([at, length]) => folded.slice(at, at + length))
      return fc.tuple(fc.constant(text), fc.array(cut, { maxLength: 3 }))
    })
    fc.assert(
      fc.property(textAndTerms, ([text, cuts]) => {
        const terms = cuts.flatMap(searchTerms)
        const segments = highlightSegments(text, terms)
        const found = terms.some((term) => fold(text).includes(term))
        expect(segments.some((s) => s.match)).toBe(found)
        for (const segment of segments) {
          const hasTerm = terms.some((term) => fold(segment.text).includes(term))
          // Marked text holds a term; unmarked text holds none (nothing findable is left out).
          if (segment.match) expect(hasTerm).toBe(true)
          else expect(hasTerm).toBe(false)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('never throws on arbitrary text and arbitrary, even unfolded, terms', () => {
    fc.assert(
      fc.property(anyText, fc.array(anyText, { maxLength: 4 }), (text, terms) => {
        expect(
          highlightSegments(text, terms)
            .map((s) => s.text)
            .join(''),
        ).toBe(text)
      }),
      { numRuns: 300 },
    )
  })
})
