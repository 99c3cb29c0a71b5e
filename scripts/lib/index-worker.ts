import { parentPort, workerData } from 'node:worker_threads'
import { buildDatasetIndex } from '../../src/model/dataset-index'
import { compileIndexInto } from '../../src/search/index-build/compile-index'
import { folderSink, type IndexJob, type IndexReply } from './explorer-index'

// The build's index compiler (explorer-index.ts), in a worker thread beside the page writers:
// Vite bundles this file alone (site-build.ts), and the folder the index goes in is named from
// that bundle and the dataset, so the pages can name it before it is written. It compiles the
// explorer's index into the folder, each file written as it is made, and says how much it wrote.

if (!parentPort) throw new Error('index-worker.js runs in a worker thread (explorer-index.ts)')
// The job as explorer-index.ts sent it.
// eslint-disable-next-line @typescript-eslint/consistent-type-assertions
const { dataset, dir } = workerData as IndexJob
const sink = folderSink(dir)
compileIndexInto(buildDatasetIndex(dataset), sink)
const reply: IndexReply = { files: 0, bytes: 0 }
for (const { files, bytes } of sink.tally.values()) {
  reply.files += files
  reply.bytes += bytes
}
parentPort.postMessage(reply)
