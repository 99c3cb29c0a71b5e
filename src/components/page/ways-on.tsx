import type { ReactNode } from 'react'
import { Link } from 'react-router-dom'
import { core } from '../../i18n/en/core'
import { paths } from '../../urls/paths'
import { say } from '../../dataset/dataset-error'

type WaysOnProps = { offline?: boolean; search?: boolean; children: ReactNode }

/**
 * A failure's ways on: `children` (Retry, or Reload) and all the quotes. When the network failed
 * (a DatasetError of kind 'network'), most often the reader is offline and this device has not
 * saved what the page or the search needs (docs/offline.md): said so, with the offline page's
 * other way out, the saved quotes (saved with the app, as the home page is). Its words are the
 * failure's (problems.ts), loaded before one is shown; when they could not be (offline, before
 * the service worker had saved them), the page's own words and Retry stay.
 */
export function WaysOn({ offline, search = false, children }: WaysOnProps) {
  const saved = offline && say(['savedQuotes'])
  return (
    <>
      {saved && <p>{say(['offline', !navigator.onLine, search])}</p>}
      <p className="notice__actions">
        {children}
        <Link to={paths.explorer()}>{core.backToAll}</Link>
        {saved && <Link to={paths.saved()}>{saved}</Link>}
      </p>
    </>
  )
}
