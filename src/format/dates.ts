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

/** "2020-06" -> "June 2020" ("juni 2020"), "2020-06-14" -> "14 June 2020"; else as is. */
export function formatPublished(published: string): string {
  const [year, month, day] = published.split('-').map(Number)
  if (!year || !month) return published
  const date = new Date(Date.UTC(year, month - 1, day ?? 1))
  if (Number.isNaN(date.getTime()) || (day !== undefined && date.getUTCDate() !== day)) {
    return published
  }
  return (day === undefined ? MONTH : DAY)().format(date)
}
