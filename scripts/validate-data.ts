/**
 * Checks a quote dataset against the data contract (docs/data-format.md), exactly as the app
 * does when it loads the file.
 *
 *   npm run validate:data [file]     (or: npx tsx scripts/validate-data.ts [file])
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { validateDataset } from '../src/data/validate-dataset'
import { UsageError, readCommandLine } from './lib/command-line'
import { SHIPPED_DATASET } from './lib/repo'

const USAGE = `Usage: npm run validate:data [file]
       npx tsx scripts/validate-data.ts [file]

Checks a quote dataset: its shape, unique ids and that every reference resolves.
[file] is relative to the current directory; default: public/data/quotes.json.
Prints every problem to stderr and exits 1 if the dataset is not valid, 0 if it is.`

async function main(): Promise<number> {
  const commandLine = readCommandLine(
    { name: 'validate-data', usage: USAGE, options: {}, positionals: true },
    ({ positionals }) => {
      if (positionals.length > 1) throw new UsageError('give at most one file')
      return { file: positionals[0] }
    },
  )
  if (!commandLine.ok) return commandLine.exitCode
  const given = commandLine.options.file

  const file = given === undefined ? SHIPPED_DATASET : path.resolve(given)
  const label = given ?? path.relative(process.cwd(), SHIPPED_DATASET)
  const fail = (problem: string) => {
    console.error(`${label}: ${problem}`)
    return 1
  }

  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    return fail(describeReadError(error))
  }

  let json: unknown
  try {
    // The app reads the file with fetch(), whose decoder drops a byte-order mark: so do we.
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    return fail(`not valid JSON: ${message.replace(/\s+/g, ' ')}`)
  }

  const result = validateDataset(json)
  if (!result.ok) {
    for (const problem of result.problems) console.error(`${label}: ${problem}`)
    return fail(`not a valid dataset (${count(result.problems.length, 'problem')})`)
  }

  const { quotes, drivers, teams, races, sources } = result.dataset
  const summary = [
    count(quotes.length, 'quote'),
    count(drivers.length, 'driver'),
    count(teams.length, 'team'),
    count(races.length, 'race'),
    count(sources.length, 'source'),
  ].join(', ')
  console.log(`${label}: valid dataset (${summary})`)
  return 0
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

process.exitCode = await main()
