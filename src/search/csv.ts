/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, a field quoted when it needs to be (a comma, a
 * quote or a line break in it) with its quotes doubled.
 */

/**
 * What a spreadsheet would read as a formula or a control (OWASP, CSV injection): such a cell
 * gets a leading `'`, which Excel, LibreOffice and Google Sheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[",\r\n]/

/** One field, safe to open in a spreadsheet: text stays text. */
export function csvCell(value: string): string {
  const formula = FORMULA_START.test(value)
  const text = formula ? `'${value}` : value
  return formula || NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/** One line of fields, ended by CRLF. */
export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`
}

/** A header row and the rows under it, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map(csvLine).join('')
}

/** The byte order mark that tells Excel a CSV file is UTF-8, so accents survive. */
export const UTF8_BOM = '\uFEFF'
