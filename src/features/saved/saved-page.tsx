import { useMemo } from 'react'
import { useLoaderData } from 'react-router-dom'
import { PageHeading } from '../../components/page/page-heading'
import { PageMeta } from '../../components/page/page-meta'
import { useDatasetIndex } from '../../components/page/use-dataset'
import { readSaved } from '../../components/saved/saved-entries'
import { useSavedIds } from '../../components/saved/saved-store'
import { paths } from '../../urls/paths'
import type { PageData } from '../../page-data/page-data'
import { saved as words } from '../../i18n/en/saved'
import { savedViewOf } from './saved-index'
import { SavedList } from './saved-list'

/**
 * The reader's saved quotes (docs/offline.md). The prerendered page is the frame alone: the list
 * is in this browser's storage, which the build cannot know, so it comes once the app has taken
 * the page over (saved-store.ts), and hydration never mismatches.
 */
export function SavedPage() {
  const ids = useSavedIds()
  const page = useDatasetIndex()
  // Which quote files the build wrote: the page's data has the map, its index not.
  const quoteFiles = useLoaderData<PageData | null>()?.quoteFiles
  // Read again whenever the saved ids change: in this tab, or another.
  const list = useMemo(() => (ids === null ? null : readSaved()), [ids])
  const view = useMemo(() => list && savedViewOf(list.entries, page), [list, page])
  return (
    <>
      <PageMeta title={words.title} description={words.description} path={paths.saved()} noindex />
      <PageHeading>{words.title}</PageHeading>
      <p className="lede">{words.lede}</p>
      <noscript>
        <p className="notice">{words.noScript}</p>
      </noscript>
      {list && view && <SavedList list={list} view={view} quoteFiles={quoteFiles} />}
    </>
  )
}
