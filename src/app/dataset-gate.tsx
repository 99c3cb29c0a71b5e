import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { datasetQueryOptions } from '../data/queries'
import { DatasetError } from '../data/dataset-error'
import { DatasetContext } from '../data/use-dataset'
import { PageMeta } from '../components/page-meta'
import { LoadingPage } from '../components/loading-placeholder'

const PROBLEMS_SHOWN = 8

/** Shows the pages once the dataset is loaded and valid; until then a placeholder or an alert. */
export function DatasetGate({ children }: { children: ReactNode }) {
  const query = useQuery(datasetQueryOptions())
  if (query.isPending) {
    return <LoadingPage />
  }
  if (query.isError) {
    const { error } = query
    const problems = error instanceof DatasetError ? error.problems : []
    return (
      <section className="notice notice--error" role="alert" aria-labelledby="load-error-title">
        <PageMeta title="Quotes unavailable" description="The quotes could not be loaded." />
        <h1 id="load-error-title">The quotes could not be loaded</h1>
        <p>{error instanceof DatasetError ? error.message : 'Something unexpected went wrong.'}</p>
        {problems.length > 0 && (
          <ul className="notice__problems">
            {problems.slice(0, PROBLEMS_SHOWN).map((problem, i) => (
              <li key={i}>
                <code>{problem}</code>
              </li>
            ))}
            {problems.length > PROBLEMS_SHOWN && (
              <li>…and {problems.length - PROBLEMS_SHOWN} more.</li>
            )}
          </ul>
        )}
        {/* Retrying puts the query back to pending: the placeholder shows meanwhile. */}
        <button type="button" className="button" onClick={() => void query.refetch()}>
          Retry
        </button>
      </section>
    )
  }
  return <DatasetContext value={query.data}>{children}</DatasetContext>
}
