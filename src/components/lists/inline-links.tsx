import { Fragment } from 'react'
import { Link } from 'react-router-dom'
import { listHead, separatorBefore } from '../../format/list-of'
import { core } from '../../i18n/en/core'

type InlineLinksProps = {
  links: readonly { id: string; name: string; to: string }[]
  /** At most this many are named; the rest are counted, linking to `moreTo`. */
  max: number
  moreTo: string
}

/** "A, B, C and 197 more", each a link: a list that stays one line whatever the dataset. */
export function InlineLinks({ links, max, moreTo }: InlineLinksProps) {
  const { shown, more } = listHead(links, max)
  const count = shown.length + (more > 0 ? 1 : 0)
  return (
    <>
      {shown.map((link, i) => (
        <Fragment key={link.id}>
          {separatorBefore(i, count)}
          <Link to={link.to}>{link.name}</Link>
        </Fragment>
      ))}
      {more > 0 && (
        <>
          {separatorBefore(shown.length, count)}
          <Link to={moreTo}>{core.more(more)}</Link>
        </>
      )}
    </>
  )
}
