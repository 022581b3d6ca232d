import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/test'

const FIXTURES = `http://localhost:${process.env.FIXTURES_PORT ?? 4174}`

function audit(args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'lectern-audit-'))
  const run = spawnSync('node', ['--import', 'tsx', 'scripts/audit/cli.ts', ...args, '--out', out], { encoding: 'utf8', timeout: 240_000 })
  const read = (file: string): string => readFileSync(join(out, file), 'utf8')
  return { code: run.status, output: `${run.stdout}${run.stderr}`, read }
}

interface JsonReport {
  pages: { url: string; viewport: string; status: string; message?: string; findings: { rule: string; helpUrl: string }[] }[]
  summary: { findings: number }
}

test.describe('npm run audit', () => {
  test.describe.configure({ timeout: 300_000 })

  test('finds every fixture violation at both widths, writes three reports, and exits non-zero', async () => {
    const { code, output, read } = audit([`${FIXTURES}/`, '--max-pages', '10'])
    expect(code, output).toBe(1)
    expect(output).toMatch(/\[\d+\/\d+\] desktop /) // progress as it goes
    const report = JSON.parse(read('report.json')) as JsonReport
    const rulesOf = (name: string, viewport: string) => {
      const page = report.pages.find((p) => p.url.endsWith(`/${name}.html`) && p.viewport === viewport)
      expect(page?.status, `${name} at ${viewport}: ${page?.message}`).toBe('checked')
      return page!.findings.map((f) => f.rule).sort()
    }
    for (const viewport of ['desktop', 'mobile']) {
      expect(rulesOf('clean', viewport)).toEqual([])
      expect(rulesOf('missing-alt', viewport)).toEqual(['image-alt'])
      expect(rulesOf('low-contrast', viewport)).toEqual(['color-contrast'])
      expect(rulesOf('empty-link', viewport)).toEqual(['link-name'])
      expect(rulesOf('skipped-heading', viewport)).toEqual(['heading-order'])
      expect(rulesOf('missing-label', viewport)).toEqual(['label'])
      expect(rulesOf('no-skip-link', viewport)).toEqual(['skip-link'])
      expect(rulesOf('keyboard-trap', viewport)).toEqual(['keyboard-trap'])
    }
    const html = read('report.html')
    expect(html).toContain('<h2>Findings by rule</h2>')
    for (const rule of ['image-alt', 'color-contrast', 'link-name', 'heading-order', 'label', 'skip-link', 'keyboard-trap']) {
      expect(html).toContain(`id="rule-${rule}"`)
    }
    expect(html).toContain('https://dequeuniversity.com/rules/axe/')
    const junit = read('junit.xml')
    expect(junit).toMatch(/<testsuites name="accessibility audit" tests="\d+" failures="14"/)
    expect(junit).toContain('<failure type="keyboard-trap"')
  })

  test('passes the running Lectern app', async ({ baseURL }) => {
    const { code, output, read } = audit([`${baseURL}/`, '--max-pages', '3'])
    expect(code, output).toBe(0)
    const report = JSON.parse(read('report.json')) as JsonReport
    expect(report.pages.filter((p) => p.status === 'checked')).toHaveLength(6)
    expect(report.summary.findings).toBe(0)
  })

  test('says clearly what it could not check, and carries on', async ({ baseURL }) => {
    const loop = audit([`${FIXTURES}/redirect-loop`, '--max-pages', '1'])
    expect(loop.code).toBe(1)
    expect(loop.output).toMatch(/redirect-loop: error, redirects in a loop/)

    const hang = audit([`${FIXTURES}/hangs`, '--max-pages', '1', '--timeout', '2000'])
    expect(hang.code).toBe(1)
    expect(hang.output).toMatch(/hangs: error, did not answer within 2 s/)

    const down = audit(['http://127.0.0.1:9/', '--max-pages', '1', '--timeout', '3000'])
    expect(down.code).toBe(1)
    expect(down.output).toMatch(/could not be reached/)

    const json = audit([`${baseURL}/api/categories`, '--max-pages', '1'])
    expect(json.output).toMatch(/skipped, not an HTML page \(application\/json/)

    const usage = audit(['not a url'])
    expect(usage.code).toBe(2)
    expect(usage.output).toMatch(/"not a url" is not an http\(s\) URL/)
  })
})
