import type { Quote } from '../dataset/schema'
import type { DatasetIndex } from '../model/dataset-index'
import { truncate } from '../format/truncate'
import { safeHttpsUrl } from '../lib/safe-url'
import { sourceHref } from '../lib/text-fragment'
import { feedPathOf } from '../urls/feed-paths'
import { paths } from '../urls/paths'
import { atomDate, atomXml, type AtomEntry } from './atom'
import type { FeedMessages } from './feed-messages'
import { SITE_NAME } from './site-url'

// Build time only: the site's Atom feeds, one per driver, race and team page and one for the
// whole site (docs/feeds-and-sources.md).

/** A feed holds a page's newest quotes, this many at most. */
export const FEED_ENTRIES = 50

/** A feed's file: its in-app path (feed-paths.ts) and its XML. */
export type FeedFile = { path: string; xml: string }

type FeedPlan = { page: string; title: string; subtitle: string; quotes: Quote[] }

const later = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0)

/**
 * Every feed of the dataset, in `messages`' language; `urlOf` makes an in-app path absolute
 * (feeds are read away from the site, so every address in them is). Newest first by source
 * date, one date's quotes in dataset order, as the explorer's "newest".
 */
export function feedFiles(
  index: DatasetIndex,
  messages: FeedMessages,
  urlOf: (path: string) => string,
): FeedFile[] {
  const { entries } = index
  const newest = entries
    .map((_, i) => i)
    .sort((a, b) => later(entries[a]?.published ?? '', entries[b]?.published ?? ''))
  const plan = (page: string, text: { title: string; subtitle: string }): FeedPlan => ({
    page,
    ...text,
    quotes: [],
  })
  const site = plan(paths.explorer(), messages.site)
  const of = <T extends { id: string; name: string }>(
    records: readonly T[],
    pathOf: (id: string) => string,
    text: (name: string) => { title: string; subtitle: string },
  ) => new Map(records.map((record) => [record.id, plan(pathOf(record.id), text(record.name))]))
  const drivers = of(index.drivers, paths.driver, messages.driver)
  const races = of(index.races, paths.race, messages.race)
  const teams = of(index.teams, paths.team, messages.team)
  const add = (feed: FeedPlan | undefined, quote: Quote) => {
    if (feed && feed.quotes.length < FEED_ENTRIES) feed.quotes.push(quote)
  }
  // One walk down the newest quotes fills every feed: the driver filter's drivers (speaker and
  // about), their teams, and the races of its ambitions, as the explorer's filters mean them.
  for (const position of newest) {
    const entry = entries[position]
    if (!entry) continue
    add(site, entry.quote)
    for (const id of entry.drivers) add(drivers.get(id), entry.quote)
    for (const id of entry.teams) add(teams.get(id), entry.quote)
    for (const id of entry.races) add(races.get(id), entry.quote)
  }
  // A feed with no quote yet is as new as the dataset's newest quote.
  const newestDate = entries[newest[0] ?? -1]?.published ?? '1970-01'
  return [site, ...drivers.values(), ...races.values(), ...teams.values()].map((feed) => {
    const self = urlOf(feedPathOf(feed.page))
    const feedEntries = feed.quotes.map((quote) => entryOf(index, quote, messages, urlOf))
    const xml = atomXml({
      ...{ id: self, self, page: urlOf(feed.page), language: messages.language },
      ...{ title: feed.title, subtitle: feed.subtitle, author: SITE_NAME },
      updated: feedEntries[0]?.updated ?? atomDate(newestDate),
      entries: feedEntries,
    })
    return { path: feedPathOf(feed.page), xml }
  })
}

/** A quote as a feed's entry: its words, who said them and where, as text. */
function entryOf(
  index: DatasetIndex,
  quote: Quote,
  messages: FeedMessages,
  urlOf: (path: string) => string,
): AtomEntry {
  const speaker = index.driverById.get(quote.speakerId)
  const source = index.sourceById.get(quote.sourceId)
  const name = speaker?.name ?? quote.speakerId
  const primary = (tag: string) => tag.split('-')[0]?.toLowerCase()
  const translation =
    primary(quote.language) !== primary(messages.language)
      ? quote.translations?.[messages.language]
      : undefined
  const sourceUrl = safeHttpsUrl(source?.url)
  const text = quote.text.replace(/\s+/g, ' ').trim()
  return {
    // The quote's permalink: the same in every build of the same dataset, and in every feed.
    id: urlOf(paths.quote(quote.id)),
    title: messages.entryTitle(name, truncate(text, 80)),
    updated: atomDate(source?.published ?? '1970-01'),
    url: urlOf(paths.quote(quote.id)),
    author: { name, uri: speaker && urlOf(paths.driver(speaker.id)) },
    content: [
      quote.text,
      source
        ? messages.attribution(
            name,
            source.publisher,
            source.title,
            messages.date(source.published),
          )
        : `— ${name}`,
      ...(translation ? [`${messages.translation(quote.language)}\n${translation}`] : []),
    ].join('\n\n'),
    related: sourceUrl && source && sourceHref(sourceUrl, quote, source),
  }
}
