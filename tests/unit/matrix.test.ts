import { describe, expect, it } from 'vitest'
import { matrixOf, wishesOf } from '../../src/model/matrix'

const names: Record<string, string> = { a: 'Ada', b: 'Bo', c: 'Cy', d: 'Di' }
const nameOf = (id: string) => names[id]

describe('matrixOf', () => {
  const wishes = new Map([
    ['c', new Map([['x', 1]])],
    ['a', new Map([['x', 1]])],
    [
      'b',
      new Map([
        ['x', 1],
        ['y', 2],
      ]),
    ],
    ['d', new Map([['y', 3]])],
  ])

  it('puts the drivers with the most ambitions first, then the most quotes, then by name', () => {
    expect(matrixOf(wishes, nameOf, 10).rows.map(([id]) => id)).toEqual(['b', 'd', 'a', 'c'])
  })

  it('cuts to the rows asked for, and counts every driver with an ambition', () => {
    const matrix = matrixOf(wishes, nameOf, 2)
    expect(matrix.rows).toEqual([
      [
        'b',
        [
          ['x', 1],
          ['y', 2],
        ],
      ],
      ['d', [['y', 3]]],
    ])
    expect(matrix.drivers).toBe(4)
  })

  it('leaves out a driver whose every count is zero', () => {
    expect(matrixOf([['a', [['x', 0]]]], nameOf, 10)).toEqual({ rows: [], drivers: 0 })
  })
})

describe('wishesOf', () => {
  it('tallies, per driver and race, the quotes voicing the wish', () => {
    const quotes = [
      {
        ambitions: [
          { driverId: 'a', raceId: 'x' },
          { driverId: 'b', raceId: 'x' },
        ],
      },
      { ambitions: [{ driverId: 'a', raceId: 'x' }] },
      { ambitions: [] },
    ]
    expect(wishesOf(quotes)).toEqual(
      new Map([
        ['a', new Map([['x', 2]])],
        ['b', new Map([['x', 1]])],
      ]),
    )
  })
})
