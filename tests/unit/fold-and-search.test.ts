import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fold } from '../../src/lib/fold'
import { matchesAllTerms, searchTerms } from '../../src/lib/search-terms'
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

describe('searchTerms', () => {
  it('splits a query into folded words, once each', () => {
    expect(searchTerms('  Jean-Éric   VERGNE jean-eric\tle\nMans\u00A0 ')).toEqual([
      'jean-eric',
      'vergne',
      'le',
      'mans',
    ])
  })

  it('gives no terms for a blank or invisible-only query', () => {
    expect(searchTerms('')).toEqual([])
    expect(searchTerms(' \t\n\u00A0')).toEqual([])
    expect(searchTerms('\u200B\u00AD')).toEqual([])
  })

  it('keeps regex metacharacters as plain text', () => {
    expect(searchTerms('.* ( #52 C++')).toEqual(['.*', '(', '#52', 'c++'])
  })

  it('gives distinct, non-empty, already folded words without whitespace', () => {
    fc.assert(
      fc.property(messyString, (query) => {
        const terms = searchTerms(query)
        expect(new Set(terms).size).toBe(terms.length)
        for (const term of terms) {
          expect(term).not.toBe('')
          expect(term).not.toMatch(/\s/u)
          expect(fold(term)).toBe(term)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('matchesAllTerms', () => {
  const text = fold('Ik hoop zeker dat hij op een dag Le Mans gaat doen')

  it('needs every term, each as a substring anywhere', () => {
    expect(matchesAllTerms(text, ['mans', 'hoop'])).toBe(true)
    expect(matchesAllTerms(text, ['man', 'oop'])).toBe(true)
    expect(matchesAllTerms(text, ['mans', 'indianapolis'])).toBe(false)
  })

  it('matches everything when there are no terms', () => {
    expect(matchesAllTerms(text, [])).toBe(true)
    expect(matchesAllTerms('', [])).toBe(true)
  })

  it('finds accented text with an unaccented, differently cased query', () => {
    expect(matchesAllTerms(fold('Jean-Éric Vergne'), searchTerms('JEAN-ERIC vergne'))).toBe(true)
    expect(matchesAllTerms(fold('ΟΔΟΣ'), searchTerms('οδός'))).toBe(true)
  })
})
