import type { ReactElement } from 'react'
import { useParams } from 'react-router-dom'
import type { DatasetIndex } from '../../model/dataset-index'
import { useDatasetIndex } from './use-dataset'
import { truncate } from '../../format/truncate'
import { NotFound } from './not-found'

type PageRecord<T> =
  { found: true; record: T; index: DatasetIndex } | { found: false; notFound: ReactElement }

/**
 * The record a detail page is about, by the id in its address, e.g. the driver of
 * /drivers/:driverId; or the "Not found" page to show instead when the dataset has no such id.
 */
export function usePageRecord<T>(
  param: string,
  noun: string,
  byId: (index: DatasetIndex) => ReadonlyMap<string, T>,
): PageRecord<T> {
  const id = useParams()[param] ?? ''
  const index = useDatasetIndex()
  const record = byId(index).get(id)
  if (record === undefined) {
    return { found: false, notFound: <NotFound missing={`${noun} “${truncate(id, 60)}”`} /> }
  }
  return { found: true, record, index }
}
