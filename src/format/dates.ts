import { perLocale } from './intl'

const MONTH = perLocale(
  (locale) => new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
)
const DAY = perLocale(
  (locale) =>
    new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
)

/** Each date once per locale: the build writes the same few thousand on 100,000 pages. */
const FORMATTED = perLocale(() => new Map<string, string>())

/** "2020-06" -> "June 2020" ("juni 2020"), "2020-06-14" -> "14 June 2020"; else as is. */
export function formatPublished(published: string): string {
  const formatted = FORMATTED()
  let text = formatted.get(published)
  if (text === undefined) formatted.set(published, (text = formatDate(published)))
  return text
}

function formatDate(published: string): string {
  const [year, month, day] = published.split('-').map(Number)
  if (!year || !month) return published
  const date = new Date(Date.UTC(year, month - 1, day ?? 1))
  if (Number.isNaN(date.getTime()) || (day !== undefined && date.getUTCDate() !== day)) {
    return published
  }
  return (day === undefined ? MONTH : DAY)().format(date)
}
