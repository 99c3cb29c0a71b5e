import { describe, expect, it } from 'vitest'
import {
  CITATION_STYLES,
  citationHtml,
  citationText,
  citeQuote,
  type CitationParts,
  type CitationStyle,
} from '../../src/citations/citation'

const VERGNE: CitationParts = {
  text: 'Er is een race die ik nog niet heb kunnen doen.',
  translation: 'There is a race I have not been able to do yet',
  speaker: 'Jean-Eric Vergne',
  publisher: 'Motorsport.com',
  title: 'Vergne wants the Indy 500',
  published: '2020-06-14',
  sourceUrl: 'https://nl.motorsport.com/article/1',
  permalink: 'https://paddock.example/quotes/vergne-wants-the-indy-500',
}

function cited(parts: CitationParts) {
  const byStyle = new Map(citeQuote(parts).map((citation) => [citation.style, citation]))
  const of = (style: CitationStyle) => {
    const citation = byStyle.get(style)
    if (!citation) throw new Error(`no ${style} citation`)
    return {
      name: citation.name,
      text: citationText(citation.segments),
      html: citationHtml(citation.segments),
    }
  }
  return of
}

describe('citeQuote', () => {
  it('cites in plain text, APA 7, MLA 9 and Chicago 17, in that order', () => {
    expect(citeQuote(VERGNE).map(({ style, name }) => [style, name])).toEqual([
      ['plain', 'Plain text'],
      ['apa', 'APA 7'],
      ['mla', 'MLA 9'],
      ['chicago', 'Chicago 17 (note)'],
    ])
  })

  it('gives the original, the translation credited to the site, speaker, source and permalink', () => {
    const of = cited(VERGNE)
    expect(of('plain').text).toBe(
      '“Er is een race die ik nog niet heb kunnen doen.” (English translation by Paddock Quotes: ' +
        '“There is a race I have not been able to do yet”) — Jean-Eric Vergne, Motorsport.com, ' +
        '“Vergne wants the Indy 500”, 14 June 2020, https://nl.motorsport.com/article/1. ' +
        'https://paddock.example/quotes/vergne-wants-the-indy-500',
    )
    expect(of('apa').text).toBe(
      'Motorsport.com. (2020, June 14). Vergne wants the Indy 500 [Quote by Jean-Eric Vergne: ' +
        '“Er is een race die ik nog niet heb kunnen doen.”; English translation by Paddock Quotes: ' +
        '“There is a race I have not been able to do yet”]. https://nl.motorsport.com/article/1 ' +
        'Quoted on Paddock Quotes: https://paddock.example/quotes/vergne-wants-the-indy-500',
    )
    expect(of('mla').text).toBe(
      'Jean-Eric Vergne. “Er is een race die ik nog niet heb kunnen doen.” English translation by ' +
        'Paddock Quotes: “There is a race I have not been able to do yet.” Quoted in “Vergne wants ' +
        'the Indy 500.” Motorsport.com, 14 June 2020, https://nl.motorsport.com/article/1. ' +
        'Paddock Quotes, https://paddock.example/quotes/vergne-wants-the-indy-500.',
    )
    expect(of('chicago').text).toBe(
      'Jean-Eric Vergne, “Er is een race die ik nog niet heb kunnen doen.” English translation by ' +
        'Paddock Quotes: “There is a race I have not been able to do yet,” quoted in “Vergne wants ' +
        'the Indy 500,” Motorsport.com, June 14, 2020, https://nl.motorsport.com/article/1; ' +
        'Paddock Quotes, https://paddock.example/quotes/vergne-wants-the-indy-500.',
    )
  })

  it('puts titles in italics in the HTML: the APA title, the MLA and Chicago publication and site', () => {
    const of = cited(VERGNE)
    expect(of('apa').html).toContain('(2020, June 14). <i>Vergne wants the Indy 500</i> [Quote')
    expect(of('apa').html).toContain('Quoted on <i>Paddock Quotes</i>: https://paddock.example/')
    expect(of('mla').html).toContain('<i>Motorsport.com</i>, 14 June 2020')
    expect(of('mla').html).toContain('<i>Paddock Quotes</i>, https://paddock.example/')
    expect(of('chicago').html).toContain('<i>Motorsport.com</i>, June 14, 2020')
    expect(of('plain').html).not.toContain('<i>')
  })

  it('without a translation, title or source URL, cites what there is', () => {
    const of = cited({
      text: 'I want to do Le Mans',
      speaker: 'Pierre Gasly',
      publisher: 'Motorsport.com',
      published: '2020-06',
      permalink: '/quotes/gasly-le-mans',
    })
    expect(of('plain').text).toBe(
      '“I want to do Le Mans” — Pierre Gasly, Motorsport.com, June 2020. /quotes/gasly-le-mans',
    )
    expect(of('apa').text).toBe(
      'Motorsport.com. (2020, June). [Quote by Pierre Gasly: “I want to do Le Mans”]. ' +
        'Quoted on Paddock Quotes: /quotes/gasly-le-mans',
    )
    expect(of('mla').text).toBe(
      'Pierre Gasly. “I want to do Le Mans.” Quoted in Motorsport.com, June 2020. ' +
        'Paddock Quotes, /quotes/gasly-le-mans.',
    )
    expect(of('chicago').text).toBe(
      'Pierre Gasly, “I want to do Le Mans,” quoted in Motorsport.com, June 2020; ' +
        'Paddock Quotes, /quotes/gasly-le-mans.',
    )
    for (const style of CITATION_STYLES) expect(of(style).text).not.toMatch(/translation|https/)
  })

  it('writes dates as each style does: MLA abbreviates months', () => {
    expect(cited({ ...VERGNE, published: '2021-09-03' })('mla').text).toContain('3 Sept. 2021')
    expect(cited({ ...VERGNE, published: '2021-09-03' })('chicago').text).toContain(
      'September 3, 2021',
    )
    expect(cited({ ...VERGNE, published: '2021-09-03' })('apa').text).toContain(
      '(2021, September 3)',
    )
  })

  it('adds no second full stop or comma to a quote that ends a sentence, nor to “Inc.”', () => {
    const of = cited({
      ...VERGNE,
      text: 'Why not?',
      translation: undefined,
      publisher: 'Racing Inc.',
    })
    expect(of('mla').text).toContain('Jean-Eric Vergne. “Why not?” Quoted in')
    expect(of('chicago').text).toContain('Jean-Eric Vergne, “Why not?” quoted in')
    expect(of('apa').text).toMatch(/^Racing Inc\. \(2020/)
  })

  it('never cites a source address that is not https:', () => {
    for (const sourceUrl of ['javascript:alert(1)', 'http://example.com/a', 'not a url', '']) {
      const of = cited({ ...VERGNE, sourceUrl })
      for (const style of CITATION_STYLES) {
        expect(of(style).text).not.toMatch(/javascript|example\.com|not a url/)
        expect(of(style).text).toContain(VERGNE.permalink)
      }
    }
  })

  it('keeps hostile names text: escaped in the HTML, as given in the plain text', () => {
    const hostile = '<img src=x onerror="alert(1)">&amp;\'s'
    const of = cited({
      ...VERGNE,
      text: `${hostile} said`,
      translation: hostile,
      speaker: hostile,
      publisher: `<script>${hostile}</script>`,
      title: `</i><b>${hostile}</b>`,
    })
    for (const style of CITATION_STYLES) {
      const { text, html } = of(style)
      expect(text).toContain(hostile)
      expect(html).not.toMatch(/<(?!\/?i>)/)
      expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;amp;&#39;s')
      // What the HTML shows is what the plain text says.
      expect(decodeHtml(html)).toBe(text)
    }
  })
})

/** The text an HTML citation shows: its <i> tags dropped, the five escapes undone. */
function decodeHtml(html: string): string {
  return html
    .replace(/<\/?i>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
}
