import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, type TestInfo } from '@playwright/test'

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/**
 * Runs axe on the page as it is now and fails with every violation named (rule, impact,
 * selectors, help URL) and the state it was found in. A run that checked nothing fails too.
 */
export async function expectNoAxeViolations(
  page: Page, state: string, testInfo?: TestInfo, options: { extraTags?: string[]; singleFrame?: boolean } = {},
): Promise<void> {
  // Legacy mode runs axe in the page itself (same-origin frames included) instead of running it per
  // frame and merging the results in a new blank page: the same checks, about 3× faster. Only a
  // frame from elsewhere needs the merge; a page without frames always takes the fast way, a page
  // with any frame keeps the merge, and `singleFrame: false` forces it.
  // resultTypes: every rule still runs and every violation and undecided node is listed in full;
  // rules that passed or did not apply keep one example node each, which spares axe building a
  // selector for every node of the page and the suite copying them all out of the browser.
  const frameless = page.frames().length === 1
  // (options() replaces what withTags() set, so it goes first.)
  const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations', 'incomplete'] })
    .withTags([...AXE_TAGS, ...(options.extraTags ?? [])])
    .setLegacyMode(options.singleFrame ?? frameless).analyze()
  await testInfo?.attach(`axe ${state}.json`, { body: JSON.stringify(results, null, 2), contentType: 'application/json' })
  // What axe could not decide (often contrast over images or gradients) is listed for a person to
  // check in the HTML report, never dropped.
  if (results.incomplete.length) {
    await testInfo?.attach(`axe needs review ${state}.txt`, {
      body: results.incomplete
        .map((r) => `${r.id} (${r.impact}): ${r.help}\n${r.nodes.map((n) => `  ${n.target.join(' ')}`).join('\n')}\n  ${r.helpUrl}`)
        .join('\n\n'),
      contentType: 'text/plain',
    })
  }
  expect(results.passes.length, 'axe ran no checks at all').toBeGreaterThan(10)
  const violations = results.violations.map((v) =>
    `${v.id} (${v.impact}) in state "${state}" at ${page.url()}: ${v.help}\n` +
    v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n') + `\n    ${v.helpUrl}`,
  )
  expect(violations, `axe violations [${state}]`).toEqual([])
}
