import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { editDistance } from '../../src/search/edit-distance'

/** The textbook optimal string alignment distance, without a bound: what editDistance must equal. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  const at = (i: number, j: number) => d[i]?.[j] ?? 0
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1)
      }
      const row = d[i]
      if (row) row[j] = best
    }
  }
  return at(a.length, b.length)
}

describe('editDistance', () => {
  it('counts a swap of neighbours as one edit, as typing slips make them', () => {
    expect(editDistance('leclrec', 'leclerc', 2)).toBe(1)
    expect(editDistance('vergne', 'vergen', 2)).toBe(1)
    expect(editDistance('gasly', 'gasly', 2)).toBe(0)
    expect(editDistance('kitten', 'sitting', 3)).toBe(3)
  })

  it('gives max + 1 once the distance must exceed max', () => {
    expect(editDistance('abc', 'xyz', 1)).toBe(2)
    expect(editDistance('a', 'abcdef', 2)).toBe(3)
  })

  it('equals the unbounded distance whenever that is within max', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), maxLength: 8 })
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const want = reference(a, b)
        expect(editDistance(a, b, max)).toBe(want <= max ? want : max + 1)
      }),
      { numRuns: 500 },
    )
  })
})
