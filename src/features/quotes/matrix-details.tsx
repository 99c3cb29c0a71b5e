import { useState } from 'react'
import { AmbitionMatrix } from '../../components/ambition-matrix'

/** The matrix, folded away on big datasets; its table is only built once it is opened. */
export function MatrixDetails({ openAtFirst }: { openAtFirst: boolean }) {
  const [open, setOpen] = useState(openAtFirst)
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
