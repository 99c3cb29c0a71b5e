import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { REPO_ROOT } from '../../scripts/lib/repo'
import { openDocument, openPage } from './open-page'

/** The Content-Security-Policy deploy/security-headers.conf sends with every page. */
const DEPLOYED_CSP = (() => {
  const conf = readFileSync(join(REPO_ROOT, 'deploy/security-headers.conf'), 'utf8')
  const policy = /add_header Content-Security-Policy "([^"]+)"/.exec(conf)?.[1]
  if (!policy) throw new Error('deploy/security-headers.conf has no Content-Security-Policy')
  return policy
})()

const resultCount = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^\d+ quotes? of \d+/ })

test('a filtered view downloads every result as CSV, under the deployed CSP', async ({ page }) => {
  // The pages as nginx serves them: with the policy, which must let a blob: download through.
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.continue()
    const response = await route.fetch()
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': DEPLOYED_CSP },
    })
  })
  const refused: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text())
  })
  await openPage(page, '/?ambition=le-mans', 'Quotes')
  await expect(resultCount(page)).toHaveText('4 quotes of 5')
  const shown = Number(/^(\d+)/.exec((await resultCount(page).textContent()) ?? '')?.[1])

  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Download CSV' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toBe(`paddock-quotes-le-mans-${shown}.csv`)
  const bytes = readFileSync(await download.path())
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  const lines = bytes.subarray(3).toString('utf8').split('\r\n')
  expect(lines[0]).toBe(
    'quoteId,speaker,speakerId,text,language,englishTranslation,about,ambitions,context,publisher,sourceTitle,published,sourceUrl,permalink',
  )
  // A line per result, and nothing after the last line's CRLF.
  expect(lines.slice(1, -1)).toHaveLength(shown)
  expect(lines.at(-1)).toBe('')
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
    `Downloaded ${shown} quotes as CSV`,
  )
  expect(refused).toEqual([])
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the prerendered explorer shows the download, and says it needs JavaScript', async ({
    page,
  }) => {
    await openDocument(page, '/', 'Quotes')
    await expect(page.getByText(/^\d+ quotes$/)).toBeVisible()
    // There already, so nothing moves when the app takes over.
    await expect(page.getByRole('button', { name: 'Download CSV' })).toBeVisible()
    await expect(page.getByText(/downloads and paging need JavaScript/)).toBeVisible()
  })
})
