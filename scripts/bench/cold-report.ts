import { COLD_KINDS, COLD_LABELS, type ColdKind } from './cold-plan'
import { format, stats, table } from './numbers'
import type { Plan } from './plan'
import type { ProfileName } from './profiles'
import type { Run } from './run'

/** Issue 22's targets for a filtered view opened cold: printed next to the numbers. */
export const COLD_TARGETS = {
  /** Time to the right count, over `/`'s to its own count in the same run. */
  timeRatio: 1.5,
  /** Bytes beyond what `/` loads, at the largest dataset (50,000 quotes). */
  extraKB: 150,
  /** Extra bytes at the largest synthetic dataset over those at the smallest (10,000). */
  growth: 1.25,
} as const

const PROFILES: readonly ProfileName[] = ['desktop', 'phone']

/** A dataset's plan and runs (of which only the cold loads are read). */
type Dataset = { plan: Plan; runs: readonly Pick<Run, 'cold'>[] }

/** One view on one profile: medians over the runs, ratios taken per run. */
export type ColdViewSummary = {
  path: string
  count: string
  ms: number
  /** Its time over `/`'s in the same run. */
  timeRatio: number
  /** Its bytes minus `/`'s in the same run, in kB, */
  extraKB: number
  /** and its bytes over `/`'s. */
  bytesRatio: number
}

export type ColdSummary = Record<
  ProfileName,
  { home: { ms: number; kB: number }; views: Record<ColdKind, ColdViewSummary> }
>

export function coldSummary({ plan, runs }: Dataset): ColdSummary {
  const median = (values: number[]) => stats(values).median
  const ofProfile = (profile: ProfileName) => {
    const cold = runs.map((run) => run.cold[profile])
    const summarise = (kind: ColdKind): ColdViewSummary => {
      const view = plan.cold.views.find((planned) => planned.kind === kind)
      return {
        path: view?.path ?? '',
        count: view?.count ?? '',
        ms: median(cold.map((c) => c.views[kind].countMs)),
        timeRatio: median(cold.map((c) => c.views[kind].countMs / c.home.countMs)),
        extraKB: median(cold.map((c) => (c.views[kind].bytes - c.home.bytes) / 1000)),
        bytesRatio: median(cold.map((c) => c.views[kind].bytes / c.home.bytes)),
      }
    }
    return {
      home: {
        ms: median(cold.map((c) => c.home.countMs)),
        kB: median(cold.map((c) => c.home.bytes / 1000)),
      },
      views: {
        driver: summarise('driver'),
        raceTeam: summarise('raceTeam'),
        rare: summarise('rare'),
        commonPeriod: summarise('commonPeriod'),
        driverWordSort: summarise('driverWordSort'),
      },
    }
  }
  return { desktop: ofProfile('desktop'), phone: ofProfile('phone') }
}

/** The synthetic datasets the growth is taken between: the smallest and the largest. */
function growthEnds(datasets: readonly Dataset[]) {
  const synthetic = datasets
    .filter((d) => d.plan.synthetic)
    .sort((a, b) => a.plan.quotes - b.plan.quotes)
  const [from, to] = [synthetic[0], synthetic.at(-1)]
  return from && to && from !== to ? { from, to } : undefined
}

/** Per view and profile: extra bytes at the largest synthetic dataset over the smallest's. */
export function coldGrowth(datasets: readonly Dataset[]) {
  const ends = growthEnds(datasets)
  if (!ends) return undefined
  const [from, to] = [coldSummary(ends.from), coldSummary(ends.to)]
  const growth = (profile: ProfileName, kind: ColdKind) =>
    to[profile].views[kind].extraKB / from[profile].views[kind].extraKB
  return {
    from: ends.from.plan.label,
    to: ends.to.plan.label,
    byKind: Object.fromEntries(
      COLD_KINDS.map((kind) => [
        kind,
        { desktop: growth('desktop', kind), phone: growth('phone', kind) },
      ]),
    ),
  }
}

const pass = (ok: boolean) => (ok ? 'pass' : 'FAIL')

/** The report's tables: time to the count, then bytes beyond `/` and their growth. */
export function coldTables(datasets: readonly Dataset[]): string[] {
  const largest = Math.max(...datasets.map((d) => d.plan.quotes))
  const largestLabel = datasets.find((d) => d.plan.quotes === largest)?.plan.label ?? ''
  const columns = datasets.flatMap((dataset) => {
    const summary = coldSummary(dataset)
    return PROFILES.map((profile) => ({
      label: `${dataset.plan.label} ${profile}`,
      cold: summary[profile],
      largest: dataset.plan.quotes === largest,
    }))
  })
  const time = [['Cold, to the right count: ms (ratio to /)', ...columns.map((c) => c.label)]]
  time.push(['/ showing its own count', ...columns.map((c) => `${format(c.cold.home.ms)}`)])
  for (const kind of COLD_KINDS) {
    time.push([
      COLD_LABELS[kind],
      ...columns.map(({ cold }) => {
        const { ms, timeRatio } = cold.views[kind]
        return `${format(ms)} (${format(timeRatio, 2)}x) ${pass(timeRatio <= COLD_TARGETS.timeRatio)}`
      }),
    ])
  }
  const growth = coldGrowth(datasets)
  const growthHead = growth ? [`growth ${growth.from}→${growth.to} desktop`, 'phone'] : []
  const bytes = [
    ['Extra kB beyond / (ratio of bytes to /)', ...columns.map((c) => c.label), ...growthHead],
  ]
  bytes.push(['/ itself (kB)', ...columns.map((c) => format(c.cold.home.kB, 1))])
  for (const kind of COLD_KINDS) {
    const ratios = growth?.byKind[kind]
    bytes.push([
      COLD_LABELS[kind],
      ...columns.map(({ cold, largest }) => {
        const { extraKB, bytesRatio } = cold.views[kind]
        const verdict = largest ? ` ${pass(extraKB <= COLD_TARGETS.extraKB)}` : ''
        return `+${format(extraKB, 1)} (${format(bytesRatio, 2)}x)${verdict}`
      }),
      ...(ratios
        ? [ratios.desktop, ratios.phone].map(
            (r) => `${format(r, 2)}x ${pass(r <= COLD_TARGETS.growth)}`,
          )
        : []),
    ])
  }
  return [
    `Explorer views opened cold (fresh context, nothing cached), median of the runs; time: navigation to the frame`,
    `showing the right count, ratio to / showing its own count in the same run (target <= ${COLD_TARGETS.timeRatio}x):`,
    table(time),
    '',
    `Bytes: every response (headers and bodies as sent, gzip) until the count shows and the network is idle, the`,
    `explorer's worker's included; extra over / in the same run (target <= ${COLD_TARGETS.extraKB} kB at ${largestLabel},`,
    `growth of the extra from the smallest to the largest synthetic dataset <= ${COLD_TARGETS.growth}x):`,
    table(bytes),
    'Views:',
    ...datasets.flatMap(({ plan }) =>
      plan.cold.views.map(
        (v) => `  ${plan.label}: ${COLD_LABELS[v.kind]}: ${v.path} -> "${v.count}"`,
      ),
    ),
  ]
}
