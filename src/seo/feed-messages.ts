/** What a feed says, in the interface's language: the catalog's `feed` area (docs/i18n.md). */
export type { FeedMessages } from '../i18n/en/feed'
