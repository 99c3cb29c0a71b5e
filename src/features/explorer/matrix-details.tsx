import { useState, useSyncExternalStore } from 'react'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { AmbitionMatrix } from '../../components/ambition-matrix'
import { MATRIX_ROWS } from '../../model/matrix'
import { useExplorerClient } from './use-explorer-client'
import { useDatasetIndex } from '../../components/page/use-dataset'
import { hasActiveFilters, type ExplorerFilters } from '../../urls/explorer-params'
import { explorerParts as words } from '../../i18n/en/explorer-parts'

/** Where the matrix starts folded: view-boot.js's width for it. */
const NARROW = '(max-width: 40rem)'
const subscribeNever = () => () => {}
const isClient = () => true
const isServer = () => false

/**
 * The matrix of the results in view, folded into a disclosure: open at first when it is small
 * enough to take in at a glance. Its first rows for all quotes come with the page; under
 * filters, or past those rows, the explorer engine counts it.
 */
export function MatrixDetails({ filters }: { filters: ExplorerFilters }) {
  const index = useDatasetIndex()
  // Taking over the page, it is as the HTML has it (folded on a phone by view-boot.js, whatever
  // this says); rendered afresh, folded on a phone as that would have.
  const fresh = useSyncExternalStore(subscribeNever, isClient, isServer)
  const [open, setOpen] = useState(
    () =>
      index.counts.ambitious <= MATRIX_ROWS &&
      !(fresh && typeof matchMedia === 'function' && matchMedia(NARROW).matches),
  )
  const [rows, setRows] = useState(MATRIX_ROWS)
  const client = useExplorerClient()
  const filtered = hasActiveFilters(filters)
  const inPage = !filtered && rows <= MATRIX_ROWS
  const counted = useQuery({
    queryKey: ['explore', 'matrix', filters, rows],
    queryFn: () => client.explore(filters, 1, { matrixRows: rows }),
    select: (page) => page.matrix,
    enabled: open && !inPage,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
  // The page's first rows (undefined: from its counts) until the engine has counted more of
  // them; under filters, nothing until the engine has counted the results' (null).
  const matrix = inPage ? undefined : (counted.data ?? (filtered ? null : undefined))
  // No ambition anywhere in the dataset: nothing to glance at.
  if (index.counts.ambitious === 0) return null
  return (
    <details
      className="matrix-details"
      data-island=""
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      // Folded on a phone before the first paint (src/app/view-boot.js): the app takes it over
      // as it is, and its state follows the first toggle.
      data-fold-narrow=""
      suppressHydrationWarning
    >
      <summary>
        {words.glance}
        {filtered && words.inResults}
      </summary>
      {open &&
        (counted.isError ? (
          // The explorer's own alert, above the results, says why and offers Retry.
          <p className="muted">{words.matrixFailed}</p>
        ) : matrix === null ? (
          <p role="status" className="muted">
            {words.counting}
          </p>
        ) : (
          // One tree for every state, so "Show more" keeps its focus while the rows arrive.
          <div aria-busy={!inPage && counted.isFetching}>
            <AmbitionMatrix
              titled={false}
              matrix={matrix}
              onMore={() => setRows(rows + MATRIX_ROWS)}
              empty={words.noneVoices}
            />
          </div>
        ))}
    </details>
  )
}
