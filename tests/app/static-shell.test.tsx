import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { LoadingPlaceholder } from '../../src/components/page/loading-placeholder'
import { openApp } from '../support/open-app'

// index.html paints the header and the placeholder before any JavaScript runs; React then
// replaces them. If the two drift apart, the first frame shows a different site.
const indexHtml = readFileSync(resolve(process.cwd(), 'index.html'), 'utf8')
const rootHtml = indexHtml.slice(indexHtml.indexOf('<div id="root">'), indexHtml.indexOf('</body>'))
const shellHtml = rootHtml.replaceAll('%BASE_URL%', '/').replace(/<!--[\s\S]*?-->/g, '')

function shell() {
  const container = document.createElement('div')
  container.innerHTML = shellHtml
  return container
}

const collapse = (html: string) => html.replace(/>\s+</g, '><').trim()

const linksOf = (region: HTMLElement) =>
  within(region)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')])

describe('the static shell in index.html', () => {
  it('has the header the app renders: brand, the Main navigation and its links', async () => {
    await openApp('/')
    const appHeader = screen.getByRole('banner')
    const shellHeader = within(shell()).getByRole('banner')
    expect(shellHeader).toHaveClass(appHeader.className)
    expect(linksOf(shellHeader)).toEqual(linksOf(appHeader))
    expect(within(shellHeader).getByRole('navigation')).toHaveAttribute('aria-label', 'Main')
  })

  it('has the loading placeholder the app shows, element for element', () => {
    const placeholder = collapse(renderToStaticMarkup(<LoadingPlaceholder />))
    expect(collapse(shellHtml)).toContain(placeholder)
  })
})
