import type { AxeRun, Measurement } from './measure'

/** The budgets every page keeps, whatever the size of the dataset. */
export const BUDGET = { quotes: 200, elements: 4000 } as const

/** Why a page fails the check: one line per reason, none if it passes. */
export function failuresOf(m: Measurement): string[] {
  const reasons: string[] = []
  if (m.status !== m.page.status) {
    reasons.push(`answered ${m.status ?? 'nothing'}, not ${m.page.status}`)
  }
  if (m.quotes > BUDGET.quotes) {
    reasons.push(`${n(m.quotes)} quote elements (budget ${n(BUDGET.quotes)})`)
  }
  if (m.elements > BUDGET.elements) {
    reasons.push(`${n(m.elements)} DOM elements (budget ${n(BUDGET.elements)})`)
  }
  if (m.overflow > 0) {
    reasons.push(
      `${m.overflow} px sideways overflow at 320 px: ${m.overflowBy ?? 'no one element'}`,
    )
  }
  for (const theme of ['light', 'dark'] as const) {
    const run = m.axe[theme]
    if ('failed' in run) reasons.push(`axe (${theme}): ${run.failed}`)
    else for (const violation of run.violations) reasons.push(`axe (${theme}): ${violation}`)
  }
  reasons.push(...m.problems)
  return reasons
}

/** The table of one corpus's pages, then every page's reasons to fail. */
export function formatReport(title: string, measurements: readonly Measurement[]): string {
  const header = ['page', 'path', 'quote els', 'DOM els', 'overflow px', 'axe light/dark', 'ok']
  const rows = measurements.map((m) => [
    m.page.label,
    m.page.path,
    n(m.quotes),
    n(m.elements),
    String(m.overflow),
    `${axeCell(m.axe.light)}/${axeCell(m.axe.dark)}`,
    failuresOf(m).length === 0 ? 'ok' : 'FAIL',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]?.length ?? 0)))
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) =>
        i >= 2 && i <= 4 ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
      )
      .join(' | ')
      .trimEnd()
  const lines = [
    title,
    line(header),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...rows.map(line),
  ]
  for (const m of measurements) {
    const reasons = failuresOf(m)
    if (reasons.length === 0) continue
    lines.push('', `${m.page.label} (${m.page.path}) fails:`)
    for (const reason of reasons) lines.push(`  - ${reason}`)
  }
  return lines.join('\n')
}

function axeCell(run: AxeRun): string {
  return 'failed' in run ? '?' : String(run.violations.length)
}

function n(count: number): string {
  return count.toLocaleString('en-GB')
}
