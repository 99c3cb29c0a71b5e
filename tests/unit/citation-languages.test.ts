import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../src/i18n/language'
import { nl } from '../../src/i18n/nl'
import { citationText, citeQuote, type CitationParts } from '../../src/citations/citation'
import { citationPartsOf } from '../../src/citations/quote-citation-parts'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { at, shippedCopy } from '../support/shipped-dataset'

afterEach(() => setLanguage('en'))

const ENGLISH_QUOTE: CitationParts = {
  text: 'I want to race Le Mans one day.',
  translation: 'Ik wil ooit Le Mans rijden.',
  speaker: 'Ada Example',
  publisher: 'The Example Gazette',
  title: 'Ada on Le Mans',
  published: '2020-06-14',
  sourceUrl: 'https://gazette.example/ada',
  permalink: 'https://paddock.example/nl/quotes/ada-le-mans',
}

/** Each format's name and text, in order. */
const cite = (parts: CitationParts) =>
  citeQuote(parts).map(({ name, segments }) => [name, citationText(segments)])

describe('citations on a Dutch page', () => {
  it('name their formats in Dutch, and say what is the site’s in Dutch, with Dutch dates', () => {
    setLanguage('nl', nl)
    expect(cite(ENGLISH_QUOTE)).toEqual([
      [
        'Platte tekst',
        '“I want to race Le Mans one day.” (Vertaling in het Nederlands door Paddock Quotes: ' +
          '“Ik wil ooit Le Mans rijden.”) — Ada Example, The Example Gazette, “Ada on Le Mans”, ' +
          '14 juni 2020, https://gazette.example/ada. https://paddock.example/nl/quotes/ada-le-mans',
      ],
      [
        'APA 7',
        'The Example Gazette. (2020, 14 juni). Ada on Le Mans [Citaat van Ada Example: “I want to ' +
          'race Le Mans one day.”; Vertaling in het Nederlands door Paddock Quotes: “Ik wil ooit Le ' +
          'Mans rijden.”]. https://gazette.example/ada Geciteerd op Paddock Quotes: ' +
          'https://paddock.example/nl/quotes/ada-le-mans',
      ],
      [
        'MLA 9',
        'Ada Example. “I want to race Le Mans one day.” Vertaling in het Nederlands door Paddock ' +
          'Quotes: “Ik wil ooit Le Mans rijden.” Geciteerd in “Ada on Le Mans.” The Example ' +
          'Gazette, 14 juni 2020, https://gazette.example/ada. Paddock Quotes, ' +
          'https://paddock.example/nl/quotes/ada-le-mans.',
      ],
      [
        'Chicago 17 (noot)',
        'Ada Example, “I want to race Le Mans one day.” Vertaling in het Nederlands door Paddock ' +
          'Quotes: “Ik wil ooit Le Mans rijden.” geciteerd in “Ada on Le Mans,” The Example ' +
          'Gazette, 14 juni 2020, https://gazette.example/ada; Paddock Quotes, ' +
          'https://paddock.example/nl/quotes/ada-le-mans.',
      ],
    ])
  })

  it('write a month alone as Dutch does: “juni 2020”, APA “2020, juni”', () => {
    setLanguage('nl', nl)
    const [plain, apa] = cite({ ...ENGLISH_QUOTE, published: '2020-06', translation: undefined })
    expect(plain?.[1]).toContain(', juni 2020, ')
    expect(apa?.[1]).toMatch(/^The Example Gazette\. \(2020, juni\)\. /)
  })
})

describe('a citation’s translation follows the page’s language, as a quote card’s does', () => {
  const dataset = shippedCopy()
  const dutch = at(dataset.quotes, 0)
  const english = {
    ...dutch,
    id: 'an-english-quote',
    text: 'I want to race Le Mans one day.',
    language: 'en',
    translations: { nl: 'Ik wil ooit Le Mans rijden.' },
  }
  dataset.quotes.push(english)
  const index = buildDatasetIndex(dataset)
  const citedText = (quote: typeof dutch) =>
    citeQuote({ ...citationPartsOf(index, quote), permalink: '/q' })
      .map(({ segments }) => citationText(segments))
      .join('\n')

  it('on an English page: the English translation of a Dutch quote, none for an English one', () => {
    setLanguage('en')
    expect(citedText(dutch)).toContain(
      `English translation by Paddock Quotes: “${dutch.translations?.en}`,
    )
    expect(citedText(english)).not.toMatch(/translation|Vertaling|Ik wil ooit/)
  })

  it('on a Dutch page: none for a Dutch quote, the Dutch translation of an English one', () => {
    setLanguage('nl', nl)
    expect(citedText(dutch)).not.toMatch(/translation|Vertaling/)
    expect(citedText(dutch)).not.toContain(dutch.translations?.en ?? '?')
    expect(citedText(english)).toContain(
      'Vertaling in het Nederlands door Paddock Quotes: “Ik wil ooit Le Mans rijden.',
    )
  })
})
