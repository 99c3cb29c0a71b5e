import { useState } from 'react'
import { useQuery } from '@tanstack/react-query'
import { AmbitionMatrix } from '../../components/ambition-matrix'
import { indexOfPage } from '../../data/page-data'
import { pageDataQueryOptions } from '../../data/queries'
import { DatasetContext, useDatasetIndex } from '../../data/use-dataset'

/**
 * The matrix: open at first when the explorer's page carries its counts (a few drivers with an
 * ambition), else folded, loading the races page's data the first time it is opened.
 */
export function MatrixDetails() {
  const index = useDatasetIndex()
  const inPage = index.counts.wishes.size > 0
  const [open, setOpen] = useState(inPage)
  return (
    <details
      className="matrix-details"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>At a glance: who wants to race where</summary>
      {open && (inPage ? <AmbitionMatrix titled={false} /> : <RacesMatrix />)}
    </details>
  )
}

/** The matrix from the races page's data. */
function RacesMatrix() {
  const races = useQuery({ ...pageDataQueryOptions('races'), select: indexOfPageOrNull })
  if (races.isPending) {
    return (
      <p role="status" className="muted">
        Loading the matrix…
      </p>
    )
  }
  if (races.isError || !races.data) {
    return (
      <p role="alert" className="muted">
        The matrix could not be loaded: {races.error?.message ?? 'no data for the races page.'}
      </p>
    )
  }
  return (
    <DatasetContext value={races.data}>
      <AmbitionMatrix titled={false} />
    </DatasetContext>
  )
}

function indexOfPageOrNull(data: Parameters<typeof indexOfPage>[0] | null) {
  return data ? indexOfPage(data) : null
}
