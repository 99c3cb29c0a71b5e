import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

/**
 * The two independent WCAG 2.2 AA checkers the e2e tests run on a page as it is now
 * (docs/contributing.md, "Accessibility checks"):
 * - axe-core (Deque), through @axe-core/playwright, with the WCAG 2.0, 2.1 and 2.2 A and AA tags
 *   and its best practices;
 * - IBM's Equal Access engine (accessibility-checker-engine's ace.js), with its WCAG 2.2 A and
 *   AA rule set.
 * Both are evaluated into the page through the DevTools protocol, as axe's own Playwright
 * binding does: no script element is added, so the site's strict Content-Security-Policy stays
 * in force (no `bypassCSP`).
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

const ACE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'),
  'utf8',
)
/** IBM's rule set for WCAG 2.2 levels A and AA ("WCAG 2.2 (A, AA)"). */
const ACE_POLICY = 'WCAG_2_2'

/** Runs axe on the page as it is now; every violation is listed, with the elements at fault. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} [${violation.impact ?? 'unknown'}] ${violation.help}: ${violation.nodes
        .map((node) => node.target.join(' '))
        .join(' | ')}`,
  )
  expect.soft(violations, `axe violations, ${label}`).toEqual([])
}

/**
 * Results of IBM's checker judged wrong, each for exactly one rule, one reason and the elements
 * it names. Nothing else is set aside: every other rule runs on every element.
 */
const ACE_FALSE_POSITIVES = [
  {
    rule: 'combobox_active_descendant',
    reason: 'Fail_active_not_selected',
    // The explorer's facet comboboxes (facet-combobox.tsx). Their list is aria-multiselectable:
    // there aria-selected says which options are chosen, and the option the arrow keys are on
    // (aria-activedescendant) is a different thing (WAI-ARIA 1.2, listbox; the APG's
    // multi-select listbox). The rule wants the active option selected, as in a single-select
    // list: marking it so would tell a screen reader that a driver is chosen when it is not.
    selector: '.combobox__control > input[role="combobox"][aria-controls$="-options"]',
  },
]

type AceResult = {
  ruleId: string
  reasonId: string
  /** [VIOLATION | RECOMMENDATION | INFORMATION, FAIL | POTENTIAL | MANUAL | PASS] */
  value: [string, string]
  path: { dom: string }
  message: string
  snippet: string
}
declare global {
  interface Window {
    /** ace.js, once evaluated into the page. */
    paddockAce?: {
      Checker: new () => {
        check(doc: Document, policies: string[]): Promise<{ results: AceResult[] }>
      }
    }
  }
}

/**
 * Runs IBM's checker on the page as it is now. A violation is a result the checker is sure of
 * (VIOLATION, FAIL), as axe's violations are; its "potential violations" ask a person to look
 * (axe's "incomplete"), and docs/contributing.md says how they were judged.
 */
export async function expectNoAceViolations(page: Page, label: string): Promise<void> {
  const loaded = await page.evaluate(() => window.paddockAce !== undefined)
  if (!loaded) await page.evaluate(`${ACE_SOURCE}\n;window.paddockAce = ace;`)
  const violations = await page.evaluate(
    async ({ policy, falsePositives }) => {
      const ace = window.paddockAce
      if (!ace) throw new Error('ace.js is not in the page')
      const report = await new ace.Checker().check(document, [policy])
      const elementAt = (xpath: string) =>
        document.evaluate(xpath, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE)
          .singleNodeValue
      const setAside = (result: AceResult) =>
        falsePositives.some(({ rule, reason, selector }) => {
          const element = elementAt(result.path.dom)
          return (
            result.ruleId === rule &&
            result.reasonId === reason &&
            element instanceof Element &&
            element.matches(selector)
          )
        })
      return report.results
        .filter(({ value }) => value[0] === 'VIOLATION' && value[1] === 'FAIL')
        .filter((result) => !setAside(result))
        .map(
          (result) => `${result.ruleId}: ${result.message} (${result.path.dom}) ${result.snippet}`,
        )
    },
    { policy: ACE_POLICY, falsePositives: ACE_FALSE_POSITIVES },
  )
  expect.soft(violations, `IBM Equal Access violations, ${label}`).toEqual([])
}

/** Both checkers on the page as it is now. */
export async function expectNoViolations(page: Page, label: string): Promise<void> {
  await expectNoAxeViolations(page, label)
  await expectNoAceViolations(page, label)
}

/** One h1, and no level skipped on the way down (h2 -> h4 is a skip; h4 -> h2 is not). */
export async function expectHeadingsInOrder(page: Page): Promise<void> {
  const levels = await page
    .getByRole('heading')
    .evaluateAll((headings) =>
      headings.map((heading) =>
        Number(heading.getAttribute('aria-level') ?? heading.tagName.replace(/^H/i, '')),
      ),
    )
  expect
    .soft(
      levels.filter((level) => level === 1),
      `one h1 in ${levels}`,
    )
    .toHaveLength(1)
  expect.soft(levels[0], `the first heading is the h1, in ${levels}`).toBe(1)
  const skips = levels.flatMap((level, i) => {
    const previous = levels[i - 1]
    return previous !== undefined && level > previous + 1 ? [`h${previous} -> h${level}`] : []
  })
  expect.soft(skips, `heading levels ${levels}`).toEqual([])
}

/** Banner, main navigation (named `nav` in the page's language), main, contentinfo: one each. */
export async function expectLandmarks(page: Page, nav = 'Main'): Promise<void> {
  await expect.soft(page.getByRole('banner')).toHaveCount(1)
  await expect.soft(page.getByRole('navigation', { name: nav, exact: true })).toHaveCount(1)
  await expect.soft(page.getByRole('main')).toHaveCount(1)
  await expect.soft(page.getByRole('contentinfo')).toHaveCount(1)
}

/** The page's background colour: it changes with the colour scheme. */
export const backgroundColor = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)

/** Both checkers in light, then in dark (emulated: the site follows prefers-color-scheme). */
export async function expectNoViolationsInEitherTheme(page: Page, label: string): Promise<void> {
  await page.emulateMedia({ colorScheme: 'light' })
  const light = await backgroundColor(page)
  await expectNoViolations(page, `${label}, light`)
  await page.emulateMedia({ colorScheme: 'dark' })
  expect(await backgroundColor(page), 'the dark theme is in force').not.toBe(light)
  await expectNoViolations(page, `${label}, dark`)
}
