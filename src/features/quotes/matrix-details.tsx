import { useState } from 'react'
import { AmbitionMatrix } from '../../components/ambition-matrix'
import { MATRIX_ROWS } from '../../data/matrix'
import { useDatasetIndex } from '../../data/use-dataset'

/**
 * The matrix, folded into a disclosure: open at first when it is small enough to take in at a
 * glance, folded when there are more drivers with ambitions than its first rows.
 */
export function MatrixDetails() {
  const index = useDatasetIndex()
  const [open, setOpen] = useState(index.counts.ambitious <= MATRIX_ROWS)
  // No ambition anywhere in the dataset: nothing to glance at.
  if (index.counts.ambitious === 0) return null
  return (
    <details
      className="matrix-details"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>At a glance: who wants to race where</summary>
      {open && <AmbitionMatrix titled={false} />}
    </details>
  )
}
