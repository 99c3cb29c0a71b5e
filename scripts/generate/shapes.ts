/** The kinds of corpus the generator makes, and how skewed their activity is. */

export type Shape = 'newsroom' | 'archive' | 'speakers'

export type Counts = { drivers: number; teams: number; races: number; sources: number }

/**
 * The shapes of corpus, each with its counts and a typical number of quotes:
 * - newsroom: a motorsport desk's recent quotes, drivers on teams, ambitions for races, 40
 *   sources over ten years, 400 words drawn evenly;
 * - archive: the same desk's 25 years of archive, 2,400 sources by a dozen publishers, and prose
 *   of 40,000 words with frequencies as in real text (lexicon.ts);
 * - speakers: a corpus of quoted people and nothing else (no teams, no races, no ambitions).
 */
export const SHAPES: Readonly<Record<Shape, Readonly<Counts & { quotes: number }>>> = {
  newsroom: { quotes: 50_000, drivers: 1000, teams: 100, races: 50, sources: 40 },
  archive: { quotes: 50_000, drivers: 1000, teams: 100, races: 50, sources: 2400 },
  speakers: { quotes: 2000, drivers: 750, teams: 0, races: 0, sources: 40 },
}

export const DEFAULTS: Readonly<Counts> = SHAPES.newsroom

/** Share of the newsroom's drivers that are on a roster but never quoted nor quoted about. */
export const QUIET_SHARE = 0.02
/** Zipf exponents: how much busier the first-ranked driver (team, ...) is than the next. */
export const SKEW = { drivers: 1, teams: 1, races: 1, sources: 0.7 } as const
