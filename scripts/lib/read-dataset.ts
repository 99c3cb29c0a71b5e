import { readFile } from 'node:fs/promises'
import { validateDataset } from '../../src/dataset/validate-dataset'
import type { Dataset } from '../../src/dataset/schema'

export type DatasetFile =
  { ok: true; dataset: Dataset; text: string; summary: string } | { ok: false; problems: string[] }

/**
 * Reads and validates a dataset file as the data contract (docs/data-format.md) says: every
 * problem, by path, each a line of its own ("quotes[3].speakerId: no driver \"x\"").
 */
export async function readDatasetFile(file: string): Promise<DatasetFile> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    return { ok: false, problems: [describeReadError(error)] }
  }
  let json: unknown
  try {
    // Browsers' fetch() drops a byte-order mark when decoding: so do we.
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, problems: [`not valid JSON: ${message.replace(/\s+/g, ' ')}`] }
  }
  const result = validateDataset(json)
  if (!result.ok) {
    const n = result.problems.length
    return {
      ok: false,
      problems: [...result.problems, `not a valid dataset (${count(n, 'problem')})`],
    }
  }
  const { quotes, drivers, teams, races, sources } = result.dataset
  const summary = [
    count(quotes.length, 'quote'),
    count(drivers.length, 'driver'),
    count(teams.length, 'team'),
    count(races.length, 'race'),
    count(sources.length, 'source'),
  ].join(', ')
  return { ok: true, dataset: result.dataset, text, summary }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`
}

function describeReadError(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? error.code : undefined
  if (code === 'ENOENT') return 'cannot read the file: it does not exist'
  if (code === 'EISDIR') return 'cannot read the file: it is a directory'
  if (code === 'EACCES') return 'cannot read the file: permission denied'
  return `cannot read the file: ${error instanceof Error ? error.message : String(error)}`
}
