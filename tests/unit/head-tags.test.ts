import { readFileSync } from 'node:fs'
import path from 'node:path'
import { JSDOM } from 'jsdom'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../../scripts/lib/repo'
import { PageMeta } from '../../src/components/page/page-meta'
import {
  PAGE_HEAD_SELECTOR,
  pageHeadTags,
  splitPageHead,
  withPageHead,
  type PageHead,
} from '../../src/seo/head-tags'

// One module says which head tags a page has (src/seo/head-tags.ts); PageMeta renders them, the
// prerenderer lifts them out of React's output, the build puts them in the template's head, and
// a fresh render in the browser finds them again by PAGE_HEAD_SELECTOR. These must agree.

const TEMPLATE = readFileSync(path.join(REPO_ROOT, 'index.html'), 'utf8')

const EVERYTHING: PageHead = {
  title: 'Pierre Gasly',
  description: 'A driver.',
  url: 'https://paddock.example/drivers/pierre-gasly',
  image: 'https://paddock.example/og-image.png',
  type: 'profile',
  noindex: true,
}

const headOf = (html: string) => new JSDOM(html).window.document.head

describe('a page’s head tags', () => {
  it('are each found by the selector a fresh render removes them by', () => {
    const tags = pageHeadTags(EVERYTHING)
    const markup = tags.map((tag) =>
      tag.tag === 'title'
        ? `<title>${tag.text}</title>`
        : tag.tag === 'link'
          ? `<link rel="${tag.rel}" href="${tag.href}">`
          : 'name' in tag
            ? `<meta name="${tag.name}" content="${tag.content}">`
            : `<meta property="${tag.property}" content="${tag.content}">`,
    )
    const head = headOf(withPageHead(TEMPLATE, markup.join('')))
    expect(head.querySelectorAll(PAGE_HEAD_SELECTOR)).toHaveLength(tags.length)
  })

  it('leave the template’s own head alone: charset, viewport, theme colours, icon', () => {
    const own = headOf(TEMPLATE.replace(/<title>[^<]*<\/title>/, ''))
    expect(own.querySelectorAll('meta, link')).not.toHaveLength(0)
    expect(own.querySelectorAll(PAGE_HEAD_SELECTOR)).toHaveLength(0)
  })

  it('are what the prerenderer lifts out of React’s output, the page left in place', () => {
    const { head, body } = splitPageHead(
      renderToString(
        createElement('div', null, [
          createElement(PageMeta, {
            key: 'meta',
            title: 'Ferrari',
            description: 'A team.',
            jsonLd: { '@type': 'SportsTeam' },
          }),
          createElement('h1', { key: 'h1' }, 'Ferrari'),
        ]),
      ),
    )
    expect(head).toMatch(/^<title>Ferrari · Paddock Quotes<\/title><meta name="description"/)
    expect(body).toMatch(/^<div><script type="application\/ld\+json">/)
    expect(body).toContain('<h1>Ferrari</h1>')
    expect(body).not.toMatch(/<title|<meta|<link/)
    expect(headOf(head).querySelectorAll(PAGE_HEAD_SELECTOR)).toHaveLength(
      pageHeadTags({
        ...EVERYTHING,
        title: 'Ferrari',
        url: undefined,
        image: undefined,
        noindex: false,
      }).length,
    )
  })

  it('take the place of the template’s title, once', () => {
    const document = withPageHead(
      TEMPLATE,
      '<title>A</title><meta name="description" content="d"/>',
    )
    expect(document.match(/<title>/g)).toHaveLength(1)
    expect(document).toContain('<title>A</title><meta name="description" content="d"/>')
    expect(document).toContain('<meta name="viewport"')
    expect(document.slice(document.indexOf('</head>'))).toBe(
      TEMPLATE.slice(TEMPLATE.indexOf('</head>')),
    )
    expect(() => withPageHead('<html><head></head></html>', '<title>A</title>')).toThrow()
  })

  it('name the page and leave out what needs an absolute address without SITE_URL', () => {
    const names = (head: PageHead) =>
      pageHeadTags(head).map((tag) =>
        tag.tag === 'title'
          ? tag.text
          : tag.tag === 'link'
            ? tag.rel
            : 'name' in tag
              ? tag.name
              : tag.property,
      )
    expect(names(EVERYTHING)).toEqual([
      'Pierre Gasly · Paddock Quotes',
      'description',
      'robots',
      'canonical',
      'og:site_name',
      'og:type',
      'og:title',
      'og:description',
      'og:url',
      'og:image',
      'og:image:alt',
      'twitter:card',
    ])
    expect(
      names({ ...EVERYTHING, title: undefined, url: undefined, image: undefined, noindex: false }),
    ).toEqual([
      'Paddock Quotes',
      'description',
      'og:site_name',
      'og:type',
      'og:title',
      'og:description',
      'twitter:card',
    ])
  })
})
