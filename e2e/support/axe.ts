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
  // singleFrame: axe's legacy mode runs in the page itself instead of opening a new page per run
  // to merge frame results: the same checks for our frame-less pages, about 3× faster, which
  // the theme × size × width matrix needs on two cores.
  const results = await new AxeBuilder({ page }).withTags([...AXE_TAGS, ...(options.extraTags ?? [])])
    .setLegacyMode(options.singleFrame ?? false).analyze()
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
