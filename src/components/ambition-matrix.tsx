import { useMemo, useState, type ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { useDatasetIndex } from './page/use-dataset'
import { MATRIX_ROWS, matrixOf, type MatrixJson } from '../model/matrix'
import type { Race } from '../dataset/schema'
import { paths } from '../urls/paths'
import { raceLabel } from '../format/labels'
import { quote as words } from '../i18n/en/quote'

type AmbitionMatrixProps = {
  /** With its own heading (a page section), or named by the disclosure around it. */
  titled?: boolean
  /** What it shows: by default the whole dataset's wishes, from the page's counts. */
  matrix?: MatrixJson
  /** Asks for more rows of `matrix`; without `matrix`, the page's counts have them all. */
  onMore?: () => void
  /** Said when no row is left, e.g. under filters that select no ambition. */
  empty?: ReactNode
}

/**
 * Drivers x races: who wants to race where, each filled cell linking to the quotes behind it.
 * The drivers with the most ambitions first, a dozen at a time; only races someone shown wants
 * get a column. Nothing at all for a dataset without races.
 */
export function AmbitionMatrix({ titled = true, matrix, onMore, empty }: AmbitionMatrixProps) {
  const index = useDatasetIndex()
  const [limit, setLimit] = useState(MATRIX_ROWS)
  const fromCounts = useMemo(
    () => ({
      ...matrixOf(index.counts.wishes, (id) => index.driverById.get(id)?.name, limit),
      // A page may carry the first rows only; the counts know how many there are.
      drivers: index.counts.ambitious,
    }),
    [index, limit],
  )
  if (index.counts.races === 0) return null
  const shown = matrix ?? fromCounts
  const more = onMore ?? (() => setLimit((rows) => rows + MATRIX_ROWS))
  const rows = shown.rows.flatMap(([driverId, cells]) => {
    const driver = index.driverById.get(driverId)
    return driver ? [{ driver, wishes: new Map(cells) }] : []
  })
  const races = columnsOf(rows, index.races)
  const label = titled ? { 'aria-labelledby': 'matrix-title' } : { 'aria-label': words.matrixTitle }
  return (
    <section className="matrix" {...label}>
      {titled && <h2 id="matrix-title">{words.matrixTitle}</h2>}
      {rows.length === 0 ? (
        <p className="muted">{empty ?? words.matrixNone}</p>
      ) : (
        <>
          <p className="matrix__note muted">
            {rows.length < shown.drivers
              ? words.matrixTop(rows.length, shown.drivers)
              : words.matrixAll(shown.drivers)}
          </p>
          <div
            className="matrix__scroll"
            role="region"
            aria-label={words.matrixScroll}
            tabIndex={0}
          >
            <table>
              <caption className="visually-hidden">{words.matrixCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{words.driver}</th>
                  {races.map((race) => (
                    <th scope="col" key={race.id}>
                      <Link to={paths.race(race.id)}>{raceLabel(race)}</Link>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ driver, wishes }) => (
                  <tr key={driver.id}>
                    <th scope="row">
                      <Link to={paths.driver(driver.id)}>{driver.name}</Link>
                    </th>
                    {races.map((race) => {
                      const quotes = wishes.get(race.id)
                      return quotes ? (
                        <td key={race.id} className="matrix__yes">
                          {/* Few elements per cell: a matrix can have hundreds of them. The
                              race's name shows from data-race on phones, with no header row. */}
                          <Link
                            to={paths.explorer({ driver: driver.id, ambition: race.id })}
                            className="matrix__cell-link"
                            data-race={raceLabel(race)}
                          >
                            <span className="visually-hidden">
                              {driver.name}
                              {words.wants}
                              {raceLabel(race)}
                              {words.wantsEnd}:
                            </span>{' '}
                            {words.quotes(quotes)}
                          </Link>
                        </td>
                      ) : (
                        <td key={race.id} className="matrix__no">
                          <span className="visually-hidden">{words.no}</span>
                        </td>
                      )
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length < shown.drivers && (
            <p className="more">
              <button type="button" className="button button--small" onClick={more}>
                {words.moreDrivers(Math.min(MATRIX_ROWS, shown.drivers - rows.length))}
              </button>
            </p>
          )}
        </>
      )}
    </section>
  )
}

/** The races someone shown wants, the most wanted first, then in the dataset's order. */
function columnsOf(
  rows: readonly { wishes: ReadonlyMap<string, number> }[],
  races: readonly Race[],
) {
  const wanted = new Map<string, number>()
  for (const { wishes } of rows) {
    for (const raceId of wishes.keys()) wanted.set(raceId, (wanted.get(raceId) ?? 0) + 1)
  }
  return races
    .filter((race) => wanted.has(race.id))
    .sort((a, b) => (wanted.get(b.id) ?? 0) - (wanted.get(a.id) ?? 0))
}
