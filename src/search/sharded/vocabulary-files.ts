import { firstLetter, type Vocabulary } from '../suggestions'
import type { IndexReader } from './index-reader'
import { bucketOf } from './term-shards'

/**
 * "Did you mean" from the index: the dataset's vocabulary (suggestions.ts), every word with how
 * often it occurs and how a name writes it, in files by first letter; a search with few results
 * reads the files of its words' letters, and weighs only words of the same first letter.
 */
export const VOCABULARY_FILES = 16

/** The part of the vocabulary that "did you mean" needs for these words: their letters' files. */
export async function vocabularyFor(
  reader: IndexReader,
  words: readonly string[],
): Promise<Vocabulary> {
  const files = [...new Set(words.map((w) => bucketOf(firstLetter(w), VOCABULARY_FILES)))]
  const read = await Promise.all(files.map((file) => reader.vocabulary(file)))
  const count = new Map<string, number>()
  const display = new Map<string, string>()
  for (const file of read) {
    file.words.forEach((word, i) => count.set(word, file.counts[i] ?? 0))
    for (const [i, shown] of file.display) display.set(file.words[i] ?? '', shown)
  }
  return { words: [...count.keys()].sort(), count, display }
}
