import type { Dataset } from '../../src/dataset/schema'
import { readDatasetFile } from './read-dataset'
import { SHIPPED_DATASET } from './repo'
import { buildSite } from './site-build'

/**
 * The site on the dataset in `file` (default: the shipped one), built into `outDir` as
 * `npm run build -- --data file` builds it, with no SITE_URL, quietly. Returns the dataset.
 */
export async function buildSiteFromFile(outDir: string, file = SHIPPED_DATASET): Promise<Dataset> {
  const read = await readDatasetFile(file)
  if (!read.ok) throw new Error(`${file}: not a valid dataset: ${read.problems.join('; ')}`)
  await buildSite({
    dataset: read.dataset,
    datasetText: read.text,
    outDir,
    base: '/',
    siteUrl: undefined,
    log: () => {},
  })
  return read.dataset
}
