import { feed } from '../../i18n/en/feed'
import { feedPathOf } from '../../urls/feed-paths'
import { siteLinks } from './page-meta'

type FeedLinkProps = {
  /** The page's in-app address: its feed's is made from it (feed-paths.ts). */
  path: string
  /** What the feed follows: "Follow Ada Example (Atom feed)". */
  name: string
}

/**
 * A driver's, race's or team's Atom feed: the head's `<link rel="alternate">` (React hoists it)
 * for feed readers, and a visible link for people. Nothing without SITE_URL: the build writes
 * feeds only with it (scripts/lib/feed-files.ts). Only the detail pages' code holds this.
 */
export function FeedLink({ path, name }: FeedLinkProps) {
  const href = siteLinks().urlOf(feedPathOf(path))
  if (!href) return null
  const label = feed.follow(name)
  return (
    <p className="feed-link">
      <link rel="alternate" type="application/atom+xml" title={label} href={href} />
      <a href={href} type="application/atom+xml">
        {label}
      </a>
    </p>
  )
}
