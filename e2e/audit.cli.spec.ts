import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FIXTURE_PAGES } from './fixtures/pages'
import { expect, test } from './support/test'

const FIXTURES = `http://localhost:${process.env.FIXTURES_PORT ?? 4174}`

function audit(args: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'lectern-audit-'))
  const run = spawnSync('node', ['--import', 'tsx', 'scripts/audit/cli.ts', ...args, '--out', out], { encoding: 'utf8', timeout: 240_000 })
  const read = (file: string): string => readFileSync(join(out, file), 'utf8')
  return { code: run.status, output: `${run.stdout}${run.stderr}`, read, out }
}
const urlList = (names: string[]): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'lectern-urls-')), 'urls.txt')
  writeFileSync(file, `# fixtures\n${names.map((n) => `${n}.html`).join('\n')}\n`)
  return file
}

interface JsonReport {
  pages: { url: string; viewport: string; status: string; message?: string; findings: { rule: string; helpUrl: string; level: string; baseline?: string }[] }[]
  summary: { findings: number; reported: number; fixed: number }
  fixed?: { rule: string }[]
}

test.describe('npm run audit', () => {
  test.describe.configure({ timeout: 300_000 })

  test('finds each fixture violation at the right widths, writes three reports, and exits 1', async () => {
    // Width-dependent checks at both widths; the rest (content, 320 px reflow, controls) once, under desktop.
    const names = ['clean', 'missing-alt', 'keyboard-trap', 'focus-faint', 'reflow', 'link-vague']
    const { code, output, read } = audit([`${FIXTURES}/`, '--urls', urlList(names)])
    expect(code, output).toBe(1)
    expect(output).toMatch(/\[\d+\/6\] http:\/\/\S+: desktop .*; mobile .* left\)/) // progress with an estimate
    const report = JSON.parse(read('report.json')) as JsonReport
    const rulesOf = (name: string, viewport: string) => {
      const page = report.pages.find((p) => p.url.endsWith(`/${name}.html`) && p.viewport === viewport)
      expect(page?.status, `${name} at ${viewport}: ${page?.message}`).toBe('checked')
      return page!.findings.map((f) => f.rule).sort()
    }
    for (const name of names) expect(rulesOf(name, 'desktop'), name).toEqual(FIXTURE_PAGES[name]!.expect)
    expect(['clean', 'missing-alt', 'keyboard-trap', 'focus-faint', 'reflow', 'link-vague'].map((n) => rulesOf(n, 'mobile')))
      .toEqual([[], ['image-alt'], ['keyboard-trap'], ['focus-appearance'], [], []])
    const html = read('report.html')
    expect(html).toContain('<h2>Findings by rule</h2>')
    for (const rule of ['image-alt', 'keyboard-trap', 'focus-appearance', 'reflow', 'link-text-vague']) expect(html).toContain(`id="rule-${rule}"`)
    expect(html).toContain('WCAG 1.4.10 Reflow')
    const junit = read('junit.xml')
    expect(junit).toMatch(/<testsuites name="accessibility audit" tests="12" failures="8"/)
    expect(junit).toContain(`<testcase classname="audit.mobile" name="${FIXTURES}/focus-faint.html @ mobile"`)
    expect(junit).toContain('<failure type="keyboard-trap"')
  })

  test('with a baseline fails only on new findings and lists the fixed ones; --fail-on sets the bar', async () => {
    const urls = urlList(['focus-faint', 'link-vague'])
    const first = audit([`${FIXTURES}/`, '--urls', urls, '--concurrency', '1'])
    expect(first.code, first.output).toBe(1)
    const baseline = join(first.out, 'report.json')

    const again = audit([`${FIXTURES}/`, '--urls', urls, '--baseline', baseline, '--skip-rules', 'link-text-vague'])
    expect(again.code, again.output).toBe(0)
    const report = JSON.parse(again.read('report.json')) as JsonReport
    expect(report.summary.findings).toBe(0)
    expect(report.pages.flatMap((p) => p.findings.map((f) => f.baseline))).toEqual(['known', 'known'])
    expect(report.fixed?.map((f) => f.rule)).toEqual(['link-text-vague', 'link-text-vague']) // one per link
    expect(again.output).toMatch(/2 fixed since .*: link-text-vague/)

    const lenient = audit([`${FIXTURES}/`, '--urls', urls, '--fail-on', 'serious', '--include', 'focus'])
    expect(lenient.code, lenient.output).toBe(0) // focus-appearance is moderate; link-vague.html is not included
    expect((JSON.parse(lenient.read('report.json')) as JsonReport).pages.map((p) => p.url)).toEqual([`${FIXTURES}/focus-faint.html`, `${FIXTURES}/focus-faint.html`])
  })

  test('passes the running Lectern app: no failure and no advice', async ({ baseURL }) => {
    const { code, output, read } = audit([`${baseURL}/`, '--max-pages', '3'])
    expect(code, output).toBe(0)
    const report = JSON.parse(read('report.json')) as JsonReport
    expect(report.pages.filter((p) => p.status === 'checked')).toHaveLength(6)
    expect(report.pages.flatMap((p) => p.findings.map((f) => `${p.url} ${p.viewport} ${f.rule}`))).toEqual([])
  })

  test('says clearly what it could not check, and carries on', async ({ baseURL }) => {
    const loop = audit([`${FIXTURES}/redirect-loop`, '--max-pages', '1'])
    expect(loop.code).toBe(1)
    expect(loop.output).toMatch(/redirect-loop: desktop error, redirects in a loop/)

    const hang = audit([`${FIXTURES}/hangs`, '--max-pages', '1', '--timeout', '2000'])
    expect(hang.code).toBe(1)
    expect(hang.output).toMatch(/hangs: desktop error, did not answer within 2 s/)

    const down = audit(['http://127.0.0.1:9/', '--max-pages', '1', '--timeout', '3000'])
    expect(down.code).toBe(1)
    expect(down.output).toMatch(/could not be reached/)

    const json = audit([`${baseURL}/api/categories`, '--max-pages', '1'])
    expect(json.output).toMatch(/desktop skipped, not an HTML page \(application\/json/)

    for (const [args, message] of [
      [['not a url'], /"not a url" is not an http\(s\) URL/],
      [['http://x/', '--fail-on', 'often'], /--fail-on must be one of minor, moderate, serious, critical/],
      [['--urls', '/nonexistent/urls.txt'], /could not read a file/],
    ] as const) {
      const usage = audit([...args])
      expect(usage.code, usage.output).toBe(2)
      expect(usage.output).toMatch(message)
    }
  })
})
