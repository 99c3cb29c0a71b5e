import { describe, expect, it } from 'vitest'
import { absoluteUrl, parseSiteUrl } from '../../src/seo/site-url'
import { paths } from '../../src/urls/paths'

function problemOf(raw: string): string {
  const result = parseSiteUrl(raw)
  if (result.ok) throw new Error(`${raw} was accepted as ${result.origin}`)
  return result.problem
}

describe('parseSiteUrl', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['  ', undefined],
    ['https://paddock.example', 'https://paddock.example'],
    ['https://example.org/', 'https://example.org'],
    ['HTTPS://Paddock.Example', 'https://paddock.example'],
    [' https://paddock.example\n', 'https://paddock.example'],
    ['http://localhost:4173', 'http://localhost:4173'],
    ['https://paddock.example:443/', 'https://paddock.example'],
  ])('accepts %j as the origin %j', (raw, origin) => {
    expect(parseSiteUrl(raw)).toEqual({ ok: true, origin })
  })

  it.each([
    'javascript:alert(1)',
    'ftp://paddock.example',
    'paddock.example',
    '/paddock',
    '//paddock.example',
    'https:paddock.example',
    'https://',
    'https:///paddock',
    'https://pad dock.example',
    'https://pad\ndock.example',
    'https://paddock.example:99999',
  ])('rejects %j as not an absolute web address, quoting it', (raw) => {
    expect(problemOf(raw)).toBe(
      `SITE_URL must be an absolute https:// or http:// address like https://paddock.example, got ${JSON.stringify(raw)}`,
    )
  })

  it.each([
    'https://paddock.example?x=1',
    'https://paddock.example/?',
    'https://paddock.example/?a',
  ])('rejects the query in %j', (raw) => {
    expect(problemOf(raw)).toMatch(/^SITE_URL must not have a query/)
    expect(problemOf(raw)).toContain(JSON.stringify(raw))
  })

  it.each(['https://paddock.example#top', 'https://paddock.example/#'])(
    'rejects the fragment in %j',
    (raw) => {
      expect(problemOf(raw)).toMatch(/^SITE_URL must not have a fragment/)
    },
  )

  it.each([
    'https://paddock.example/x',
    'https://paddock.example/paddock/',
    'https://paddock.example//',
    'https://paddock.example/.',
    'https://paddock.example\\x',
  ])('rejects the path in %j and says where the sub-path goes', (raw) => {
    expect(problemOf(raw)).toMatch(/^SITE_URL must be the origin only, without a path/)
    expect(problemOf(raw)).toContain("Vite's base")
  })

  it.each([
    'https://racer:s3cret@paddock.example',
    'https://racer@paddock.example',
    'https://@x.example',
  ])('rejects the credentials in %j without writing them to the log', (raw) => {
    const problem = problemOf(raw)
    expect(problem).toMatch(/must not contain a user name or password/)
    expect(problem).not.toContain('s3cret')
    expect(problem).not.toContain('racer')
  })
})

describe('absoluteUrl', () => {
  const origin = 'https://paddock.example'

  it.each([
    ['/', '/', 'https://paddock.example/'],
    ['/', paths.driver('pierre-gasly'), 'https://paddock.example/drivers/pierre-gasly'],
    [
      '/',
      paths.explorer({ driver: 'pierre-gasly' }),
      'https://paddock.example/?driver=pierre-gasly',
    ],
    ['/paddock/', '/', 'https://paddock.example/paddock/'],
    ['/paddock/', paths.drivers(), 'https://paddock.example/paddock/drivers'],
    [
      '/paddock/',
      paths.driver('pierre-gasly'),
      'https://paddock.example/paddock/drivers/pierre-gasly',
    ],
    [
      '/paddock/',
      paths.explorer({ driver: 'pierre-gasly' }),
      'https://paddock.example/paddock/?driver=pierre-gasly',
    ],
    ['/paddock', paths.teams(), 'https://paddock.example/paddock/teams'],
  ])('with base %j, %j is %j', (base, path, url) => {
    expect(absoluteUrl(origin, base, path)).toBe(url)
  })

  it('is undefined without an origin, so no page claims a made-up address', () => {
    expect(absoluteUrl(undefined, '/paddock/', '/drivers')).toBeUndefined()
  })

  it('works with the origin parseSiteUrl gives for a setting with a trailing slash', () => {
    const result = parseSiteUrl('https://example.org/')
    expect(result.ok && absoluteUrl(result.origin, '/', '/races')).toBe('https://example.org/races')
  })

  it('refuses a relative base or path, which has no single absolute address', () => {
    expect(() => absoluteUrl(origin, './', '/drivers')).toThrow(/base must be an absolute path/)
    expect(() => absoluteUrl(origin, '/', 'drivers')).toThrow(/path must be an in-app path/)
  })
})
