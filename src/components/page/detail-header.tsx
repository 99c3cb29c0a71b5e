import type { ReactNode } from 'react'
import { CopyButton } from '../actions/copy-button'
import { PageHeading } from './page-heading'
import { useAbsoluteUrl } from '../actions/use-absolute-url'
import { pages } from '../../i18n/en/pages'

type DetailHeaderProps = {
  kicker: string
  title: string
  path: string
  children?: ReactNode
}

/** The top of a driver, race, team or quote page: what it is, its name, a "Copy link". */
export function DetailHeader({ kicker, title, path, children }: DetailHeaderProps) {
  const url = useAbsoluteUrl(path)
  return (
    <header className="detail-header">
      <p className="kicker">{kicker}</p>
      <PageHeading>{title}</PageHeading>
      {children}
      <p className="detail-header__actions">
        <CopyButton label={pages.copyLink} text={url} />
      </p>
    </header>
  )
}
