import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { csvCell, toCsv } from '../../src/search/csv'

/**
 * A small RFC 4180 reader, strict about what the writer must get right: records end with CRLF,
 * a quoted field ends with a quote followed by a comma or the line's end, and a quote inside one
 * is doubled. Anything else throws.
 */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  while (i < text.length) {
    let field = ''
    if (text[i] === '"') {
      i++
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field')
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
          } else {
            i++
            break
          }
        } else field += text[i++]
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${text[i]} at ${i}`)
        field += text[i++]
      }
    }
    row.push(field)
    if (text[i] === ',') i++
    else if (text.startsWith('\r\n', i)) {
      rows.push(row)
      row = []
      i += 2
    } else throw new Error(`expected , or CRLF at ${i}`)
  }
  if (row.length > 0) throw new Error('last record without CRLF')
  return rows
}

/** What the reader gets back for a cell: the text, with `'` before a formula's start. */
const expectedCell = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

describe('csvCell', () => {
  it('leaves plain text as it is', () => {
    expect(csvCell('Le Mans')).toBe('Le Mans')
    expect(csvCell('Jean-Éric Vergne')).toBe('Jean-Éric Vergne')
    expect(csvCell('')).toBe('')
  })

  it('quotes a field with a comma, a quote or a line break, doubling its quotes', () => {
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('he said "yes"')).toBe('"he said ""yes"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"')
  })

  it.each([
    ['=', '=1+1', `"'=1+1"`],
    ['+', '+31 20 123', `"'+31 20 123"`],
    ['-', '-2 positions', `"'-2 positions"`],
    ['@', '@SUM(A1)', `"'@SUM(A1)"`],
    ['a tab', '\tcmd', `"'\tcmd"`],
    ['a carriage return', '\rcmd', `"'\rcmd"`],
  ])('puts a quote mark before a cell starting with %s, and quotes it', (_, value, cell) => {
    expect(csvCell(value)).toBe(cell)
  })

  it('escapes a formula that also has quotes in it', () => {
    expect(csvCell('=HYPERLINK("https://x.invalid","go")')).toBe(
      `"'=HYPERLINK(""https://x.invalid"",""go"")"`,
    )
  })

  it('leaves those characters alone anywhere but at the start', () => {
    expect(csvCell('a=b')).toBe('a=b')
    expect(csvCell('Le Mans - 24h @ night')).toBe('Le Mans - 24h @ night')
    expect(csvCell(" '=x")).toBe(" '=x")
  })
})

describe('toCsv', () => {
  it('writes a header and rows, each line ended by CRLF', () => {
    expect(
      toCsv(
        ['id', 'text'],
        [
          ['a', 'one, two'],
          ['b', '=cmd'],
        ],
      ),
    ).toBe(`id,text\r\na,"one, two"\r\nb,"'=cmd"\r\n`)
  })

  it('reads back as the cells written, with the formula mark exactly where the rule puts it', () => {
    const cell = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({
        unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', 'a', ' '),
      }),
    )
    const table = fc
      .integer({ min: 1, max: 5 })
      .chain((width) =>
        fc.tuple(
          fc.array(cell, { minLength: width, maxLength: width }),
          fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 6 }),
        ),
      )
    fc.assert(
      fc.property(table, ([header, rows]) => {
        expect(parseCsv(toCsv(header, rows))).toEqual(
          [header, ...rows].map((row) => row.map(expectedCell)),
        )
      }),
      { numRuns: 300 },
    )
  })
})
