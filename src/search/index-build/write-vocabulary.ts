import { firstLetter, type Vocabulary } from '../suggestions'
import type { VocabularyFile } from '../sharded/index-format'
import { bucketOf } from '../sharded/term-shards'
import { VOCABULARY_FILES } from '../sharded/vocabulary-files'

// Build time only.

/** Build time: the vocabulary in its files. */
export function vocabularyFiles(vocabulary: Vocabulary): VocabularyFile[] {
  const files = Array.from({ length: VOCABULARY_FILES }, (): VocabularyFile => ({
    words: [],
    counts: [],
    display: [],
  }))
  for (const word of vocabulary.words) {
    const file = files[bucketOf(firstLetter(word), VOCABULARY_FILES)]
    if (!file) continue
    const shown = vocabulary.display.get(word)
    if (shown !== undefined && shown !== word) file.display.push([file.words.length, shown])
    file.words.push(word)
    file.counts.push(vocabulary.count.get(word) ?? 0)
  }
  return files
}
