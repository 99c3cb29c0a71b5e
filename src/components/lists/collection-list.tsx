import { Fragment, useRef, type ReactNode } from 'react'
import { listCountText, LIST_PAGE_SIZE } from '../../urls/list-params'
import { truncate } from '../../format/truncate'
import { Pager } from './pager'
import { ListControls } from './list-controls'
import { useListView, type ListOptions } from './use-list-view'
import { useFocusOnPageChange } from './use-focus-on-page-change'
import { pages } from '../../i18n/en/pages'

type CollectionListProps<T extends { id: string }, S extends string> = ListOptions<T, S> & {
  /** The record, as counted: ["driver", "drivers"]. */
  noun: readonly [string, string]
  /** The filter box's label: "Find a driver". */
  filterLabel: string
  /** A record's card: an <li>. */
  renderItem: (item: T) => ReactNode
}

/**
 * All the records of a list page, a page of cards at a time, with a filter, an order and a count
 * that says what it counts; every view has its address. A dataset without any says so instead.
 */
export function CollectionList<T extends { id: string }, S extends string>(
  props: CollectionListProps<T, S>,
) {
  const { noun, filterLabel, renderItem, sorts } = props
  const [, many] = noun
  const list = useListView(props)
  const filterInput = useRef<HTMLInputElement>(null)
  const top = useFocusOnPageChange<HTMLParagraphElement>(list.focusPage, list.filtersKey)
  if (list.total === 0) return <p className="notice">{pages.noneNamed(many)}</p>

  const clearFilter = () => {
    list.update({ q: '' })
    filterInput.current?.focus()
  }
  return (
    <>
      <noscript>
        <p className="notice">{pages.listNoScript(Math.min(LIST_PAGE_SIZE, list.total), many)}</p>
      </noscript>
      <p className="view-pending" role="status">
        {pages.listPending(many)}
      </p>
      <div className="view-body">
        <ListControls
          filterLabel={filterLabel}
          of={many}
          q={list.q}
          sort={list.sort}
          sorts={sorts}
          onFilter={(q, replace) => list.update({ q }, replace)}
          onSort={(sort) => list.update({ sort })}
          filterInput={filterInput}
        />
        <p
          className="result-count"
          role="status"
          aria-live="polite"
          aria-atomic="true"
          ref={top}
          tabIndex={-1}
        >
          {listCountText({ ...list, shown: list.shown.length, noun })}
        </p>
        {list.matched === 0 ? (
          <div className="empty">
            <p>{pages.noMatch(many, truncate(list.q.trim(), 40))}</p>
            <button type="button" className="button" onClick={clearFilter}>
              {pages.clearFilter}
            </button>
          </div>
        ) : (
          <ul className="card-grid" aria-label={capitalised(many)}>
            {list.shown.map((item) => (
              <Fragment key={item.id}>{renderItem(item)}</Fragment>
            ))}
          </ul>
        )}
        <Pager
          page={list.page}
          pages={list.pages}
          hrefOf={list.hrefOfPage}
          label={pages.listPages(many)}
        />
      </div>
    </>
  )
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`
}
