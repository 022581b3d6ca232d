import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FIXTURE_PAGES } from '../../e2e/fixtures/pages'
import { RULES } from './rules'

describe('the audit rule table', () => {
  it('is documented in README, each rule with its WCAG criterion and kind', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8')
    for (const [id, rule] of Object.entries(RULES)) {
      expect(readme, id).toMatch(new RegExp(`\\| \`${id}\` \\| .* \\| ${rule.wcag.replace(/[()]/g, '\\$&')} \\| ${rule.level}`))
    }
  })

  it('has a fixture that fails only it, and a corrected twin, for every rule', () => {
    for (const id of Object.keys(RULES)) {
      const failing = Object.entries(FIXTURE_PAGES).filter(([, page]) => page.expect.length === 1 && page.expect[0] === id).map(([name]) => name)
      expect(failing.length, `a fixture that fails only ${id}`).toBeGreaterThan(0)
      const twins = Object.entries(FIXTURE_PAGES).filter(([, page]) => page.expect.length === 0 && page.fixes?.some((f) => failing.includes(f)))
      expect(twins.length, `a corrected twin for ${id}`).toBeGreaterThan(0)
    }
  })
})
