/** The kinds of corpus the generator makes, and how skewed their activity is. */

export type Shape = 'newsroom' | 'speakers'

export type Counts = { drivers: number; teams: number; races: number; sources: number }

/**
 * The shapes of corpus, each with its counts and a typical number of quotes:
 * - newsroom: a motorsport desk's archive, drivers on teams, ambitions for races;
 * - speakers: a corpus of quoted people and nothing else (no teams, no races, no ambitions).
 */
export const SHAPES: Readonly<Record<Shape, Readonly<Counts & { quotes: number }>>> = {
  newsroom: { quotes: 50_000, drivers: 1000, teams: 100, races: 50, sources: 40 },
  speakers: { quotes: 2000, drivers: 750, teams: 0, races: 0, sources: 40 },
}

export const DEFAULTS: Readonly<Counts> = SHAPES.newsroom

/** Share of the newsroom's drivers that are on a roster but never quoted nor quoted about. */
export const QUIET_SHARE = 0.02
/** Zipf exponents: how much busier the first-ranked driver (team, ...) is than the next. */
export const SKEW = { drivers: 1, teams: 1, races: 1, sources: 0.7 } as const
