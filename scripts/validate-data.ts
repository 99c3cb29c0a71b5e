/**
 * Checks a quote dataset against the data contract (docs/data-format.md), exactly as
 * `npm run build` does before it builds the site from it.
 *
 *   npm run validate:data [file]     (or: npx tsx scripts/validate-data.ts [file])
 */
import path from 'node:path'
import { readDatasetFile } from './lib/read-dataset'
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
  const result = await readDatasetFile(file)
  if (!result.ok) {
    for (const problem of result.problems) console.error(`${label}: ${problem}`)
    return 1
  }
  console.log(`${label}: valid dataset (${result.summary})`)
  return 0
}

process.exitCode = await main()
