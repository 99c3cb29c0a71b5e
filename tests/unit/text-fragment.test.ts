import { describe, expect, it } from 'vitest'
import { sourceHref } from '../../src/lib/text-fragment'

/** The quote in its source's language: the case where a fragment is made. */
const withTextFragment = (url: string, text: string) =>
  sourceHref(url, { text, language: 'nl' }, { language: 'nl' })

const ARTICLE = 'https://news.example/2020/06/le-mans'

/** The text directive's terms, decoded as a browser reads them (split at the raw commas). */
function termsOf(href: string): string[] {
  const directive = new URL(href).hash.split(':~:text=')[1] ?? ''
  return directive.split(',').map(decodeURIComponent)
}

describe('withTextFragment: the source opened at the quoted passage', () => {
  it('quotes a short passage whole, without the quotation marks and end punctuation', () => {
    const href = withTextFragment(ARTICLE, '“Ik wil Le Mans rijden.”')
    expect(href).toBe(`${ARTICLE}#:~:text=Ik%20wil%20Le%20Mans%20rijden`)
    expect(termsOf(href)).toEqual(['Ik wil Le Mans rijden'])
  })

  it('encodes the directive’s own syntax in the words: dashes, commas and ampersands', () => {
    const href = withTextFragment(ARTICLE, 'Jean-Eric, Pierre & me')
    expect(href).toBe(`${ARTICLE}#:~:text=Jean%2DEric%2C%20Pierre%20%26%20me`)
    const fragment = new URL(href).hash.slice('#:~:text='.length)
    expect(fragment).not.toMatch(/[-,&\s]/)
    expect(termsOf(href)).toEqual(['Jean-Eric, Pierre & me'])
  })

  it('keeps quotes and apostrophes inside the passage, and encodes a percent sign', () => {
    const href = withTextFragment(ARTICLE, 'He said "100%" and that\'s it!')
    expect(href).toContain(":~:text=He%20said%20%22100%25%22%20and%20that's%20it")
    expect(termsOf(href)).toEqual(['He said "100%" and that\'s it'])
  })

  it('names a long passage by its first and last four words', () => {
    const text =
      'Le Mans is the race I have always wanted to drive, one day, with a team that can win it.'
    const href = withTextFragment(ARTICLE, text)
    expect(termsOf(href)).toEqual(['Le Mans is the', 'that can win it'])
    // One raw comma: the one between textStart and textEnd.
    expect(new URL(href).hash.match(/,/g)).toHaveLength(1)
  })

  it('encodes non-Latin text as UTF-8 and reads back the same words', () => {
    const href = withTextFragment(ARTICLE, 'Я хочу выиграть Ле-Ман')
    expect(href).toContain(':~:text=%D0%AF%20')
    expect(href).toContain('%D0%9B%D0%B5%2D%D0%9C%D0%B0%D0%BD')
    expect(termsOf(href)).toEqual(['Я хочу выиграть Ле-Ман'])
  })

  it('quotes text written without spaces whole, as one word: no space is added in it', () => {
    const text = 'ル・マンで走りたい。インディも夢だ、でもまずは勝ちたい。いつか必ず。そして勝つ。'
    const href = withTextFragment(ARTICLE, `「${text}」`)
    expect(termsOf(href)).toEqual([text.slice(0, -1)])
    expect(href).toContain(':~:text=%E3%83%AB%E3%83%BB')
  })

  it('reads line breaks and runs of spaces in the quote as the single space a page shows', () => {
    expect(withTextFragment(ARTICLE, 'Le  Mans,\n  Indy')).toBe(
      `${ARTICLE}#:~:text=Le%20Mans%2C%20Indy`,
    )
  })

  it('adds the directive to a fragment the address already has', () => {
    expect(withTextFragment(`${ARTICLE}#interview`, 'Le Mans')).toBe(
      `${ARTICLE}#interview:~:text=Le%20Mans`,
    )
  })

  it.each([
    ['an address that already has a text directive', `${ARTICLE}#:~:text=other`, 'Le Mans'],
    ['a quote of no words', ARTICLE, ' “…” '],
    ['an empty quote', ARTICLE, ''],
  ])('leaves the address as it is for %s', (_, url, text) => {
    expect(withTextFragment(url, text)).toBe(url)
  })
})

describe('sourceHref: only a quote in the source’s language is its words', () => {
  it('opens the passage when the languages agree, whatever the region', () => {
    const quote = { text: 'Le Mans', language: 'nl' }
    expect(sourceHref(ARTICLE, quote, { language: 'nl-NL' })).toBe(`${ARTICLE}#:~:text=Le%20Mans`)
    expect(sourceHref(ARTICLE, { ...quote, language: 'nl-BE' }, { language: 'nl' })).toBe(
      `${ARTICLE}#:~:text=Le%20Mans`,
    )
  })

  it('links the plain article for a quote in another language than its source', () => {
    const quote = { text: 'I want to race Le Mans', language: 'en' }
    expect(sourceHref(ARTICLE, quote, { language: 'nl' })).toBe(ARTICLE)
  })
})
