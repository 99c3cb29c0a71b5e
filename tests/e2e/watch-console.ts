import type { ConsoleMessage, Page } from '@playwright/test'

/** Console errors and warnings, and uncaught errors, from now on. */
export function watchConsole(page: Page) {
  const problems: string[] = []
  const isDocument404 = (message: ConsoleMessage) =>
    // Chromium reports a document served with 404 as a failed resource: the status is the point.
    message.location().url === page.url() && /status of 404/.test(message.text())
  page.on('console', (message) => {
    if (!['error', 'warning'].includes(message.type()) || isDocument404(message)) return
    problems.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  return problems
}
