import { readFileSync } from 'node:fs'
import { SHIPPED_DATASET } from '../../scripts/lib/repo'
import { validateDataset } from '../../src/dataset/validate-dataset'
import type { Dataset } from '../../src/dataset/schema'

/** The shipped file, parsed but not validated: what the app receives from the network. */
export function readShippedJson(): unknown {
  return JSON.parse(readFileSync(SHIPPED_DATASET, 'utf8'))
}

const shipped = readShippedJson()
const shippedResult = validateDataset(shipped)
if (!shippedResult.ok) {
  throw new Error(`The shipped dataset is invalid:\n${shippedResult.problems.join('\n')}`)
}
const shippedDataset = shippedResult.dataset

/** A fresh, typed copy of the shipped dataset, safe to mutate. */
export function shippedCopy(): Dataset {
  return structuredClone(shippedDataset)
}

/** A fresh copy of the raw shipped JSON (with its "$schema" key), safe to mutate. */
export function rawCopy(): unknown {
  return structuredClone(shipped)
}

/** A typed copy of the shipped dataset after a change. */
export function changedCopy(change: (dataset: Dataset) => void): Dataset {
  const dataset = shippedCopy()
  change(dataset)
  return dataset
}

/** The dataset with its quotes repeated in turn up to `count`, each with its own id. */
export function repeatQuotes(count: number, dataset: Dataset = shippedCopy()): Dataset {
  const quotes = dataset.quotes
  return {
    ...dataset,
    quotes: Array.from({ length: count }, (_, i) => ({
      ...at(quotes, i % quotes.length),
      id: `quote-${i + 1}`,
    })),
  }
}

export function at<T>(list: readonly T[], index: number): T {
  const item = list[index]
  if (item === undefined) throw new Error(`The shipped dataset has no item ${index}`)
  return item
}
