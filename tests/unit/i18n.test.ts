import { afterEach, describe, expect, it } from 'vitest'
import { setLanguage } from '../../src/i18n/language'
import { nl } from '../../src/i18n/nl'
import { explorer } from '../../src/i18n/en/explorer'
import { records } from '../../src/i18n/en/records'
import { quote } from '../../src/i18n/en/quote'
import { formatPublished } from '../../src/format/dates'
import { listOf } from '../../src/format/list-of'
import { translationOf } from '../../src/format/translation'

afterEach(() => setLanguage('en'))

describe('the Dutch interface', () => {
  it('counts quotes as a Dutch reader does: 1 citaat, 2 citaten, 2.127 citaten', () => {
    setLanguage('nl', nl)
    expect(quote.quotes(1)).toBe('1 citaat')
    expect(quote.quotes(2)).toBe('2 citaten')
    expect(quote.quotes(2127)).toBe('2.127 citaten')
    expect(explorer.count(1, true, 2127)).toBe('1 citaat van 2.127')
    expect(records.drivers(1)).toBe('1 coureur')
    expect(records.drivers(2127)).toBe('2.127 coureurs')
  })

  it('and English as an English reader does: 1 quote, 2 quotes, 2,127 quotes', () => {
    expect(quote.quotes(1)).toBe('1 quote')
    expect(quote.quotes(2)).toBe('2 quotes')
    expect(quote.quotes(2127)).toBe('2,127 quotes')
  })

  it('writes dates and lists in the page’s language, whatever the machine’s time zone', () => {
    setLanguage('nl', nl)
    expect(formatPublished('2020-06')).toBe('juni 2020')
    expect(formatPublished('2020-06-01')).toBe('1 juni 2020')
    expect(listOf(['A', 'B', 'C'])).toBe('A, B en C')
    expect(listOf(['A', 'B', 'C', 'D', 'E'], 3, records.more)).toBe('A, B, C en nog 2')
    setLanguage('en')
    expect(formatPublished('2020-06')).toBe('June 2020')
    expect(listOf(['A', 'B', 'C'])).toBe('A, B and C')
  })

  it('goes back to English words, every area, when set to English again', () => {
    setLanguage('nl', nl)
    expect(explorer.heading).toBe('Citaten')
    setLanguage('en')
    expect(explorer.heading).toBe('Quotes')
    expect(quote.translationFrom('Dutch')).toBe('Our translation from Dutch')
  })

  it('shows a translation only into the reader’s language, and none of a quote already in it', () => {
    const dutch = { language: 'nl', translations: { en: 'I want to race Le Mans.' } }
    const english = { language: 'en-GB', translations: { nl: 'Ik wil Le Mans rijden.' } }
    expect(translationOf(dutch)).toBe('I want to race Le Mans.')
    expect(translationOf(english)).toBeUndefined()
    setLanguage('nl', nl)
    expect(translationOf(dutch)).toBeUndefined()
    expect(translationOf(english)).toBe('Ik wil Le Mans rijden.')
    expect(quote.translationFrom('Engels')).toBe('Onze vertaling uit het Engels')
  })
})
