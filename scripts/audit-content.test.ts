import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { CONTENT_DIR } from '../server/test/testApp'
import { parseArgs } from './audit-content'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '..')

const article = (slug: string, body: string, title = `Bài ${slug}`) => `---
title: "${title}"
slug: ${slug}
lead: "Tóm tắt bài ${slug}."
category: tin-tuc-su-kien
published: 2024-01-05T10:20:00+07:00
author: Minh Anh
language: vi
source: "https://portal.example.vn/${slug}.html"
---

${body}
`

/** A content directory of three articles: one with an error, one with a warning, one clean. */
function contentDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-audit-content-'))
  mkdirSync(join(dir, 'articles'))
  copyFileSync(join(CONTENT_DIR, 'categories.yml'), join(dir, 'categories.yml'))
  writeFileSync(join(dir, 'articles', 'loi.md'), article('loi', 'Cầu mới khánh thành.\n\n![](/media/cau.jpg)', '=1+1 Bài lỗi'))
  writeFileSync(join(dir, 'articles', 'canh-bao.md'), article('canh-bao', 'Xem kế hoạch [tại đây](https://portal.example.vn/ke-hoach).'))
  writeFileSync(join(dir, 'articles', 'tot.md'), article('tot', 'Cầu mới khánh thành, người dân đi lại an toàn.'))
  return dir
}

const dir = contentDir()
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the CLI as `npm run audit:content` would; resolves with its exit code and output. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/audit-content.ts', ...args], {
      cwd: ROOT, env: { ...process.env, CONTENT_SOURCE: 'lectern', CONTENT_DIR: dir, DATABASE_FILE: '' },
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}

describe('npm run audit:content', () => {
  it('prints JSON in the documented shape and fails on errors by default', async () => {
    const { code, stdout } = await cli('--json')
    expect(code).toBe(1)
    const { articles } = JSON.parse(stdout) as { articles: { slug: string; title: string; originalUrl: string; findings: Record<string, string>[] }[] }
    expect(articles.map((a) => a.slug)).toEqual(['loi', 'canh-bao'])
    expect(Object.keys(articles[0]!)).toEqual(['slug', 'title', 'originalUrl', 'findings'])
    expect(articles[0]!.originalUrl).toBe('https://portal.example.vn/loi.html')
    expect(articles[0]!.findings[0]).toEqual({ rule: 'image-decorative-alone', severity: 'error', message: expect.stringMatching(/^Ảnh được đánh dấu trang trí/), excerpt: 'cau.jpg' })
    expect(articles[1]!.findings).toEqual([{ rule: 'link-vague', severity: 'warning', message: expect.any(String), excerpt: 'tại đây' }])
  }, 60_000)

  it('exits 0 when only warnings remain below the threshold, 1 at --fail-on warning', async () => {
    expect((await cli('--json', '--severity', 'warning')).code).toBe(0)
    const failing = await cli('--junit', '--severity', 'warning', '--fail-on', 'warning', '--lang', 'en')
    expect(failing.code).toBe(1)
    expect(failing.stdout).toMatch(/^<\?xml/)
    expect(failing.stdout).toContain('<testsuites name="content check" tests="1" failures="1">')
    expect(failing.stdout).toContain('<failure type="link-vague" message="link-vague (warning): tại đây">The link text does not say where it leads')
  }, 60_000)

  it('writes CSV with the inbox CSV\'s protections, and JUnit that tells warnings without failing them', async () => {
    const csv = await cli('--csv', '--fail-on', 'none')
    expect(csv.code).toBe(0)
    expect(csv.stdout.startsWith('\uFEFF"slug","title","originalUrl","rule","severity","message","excerpt"\r\n')).toBe(true)
    expect(csv.stdout).toContain(`"loi","'=1+1 Bài lỗi","https://portal.example.vn/loi.html","image-decorative-alone","error"`)
    const junit = await cli('--junit')
    expect(junit.code).toBe(1)
    expect(junit.stdout).toContain(
      '<testcase classname="content.canh-bao" name="Bài canh-bao"><system-out>link-vague (warning): tại đây</system-out></testcase>')
  }, 60_000)

  it('answers bad usage with exit code 2 and the usage line', async () => {
    const bad = await cli('--fail-on', 'sometimes')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/--fail-on must be error, warning or none[\s\S]*usage: npm run audit:content/)
  }, 60_000)

  it('reads its options', () => {
    expect(parseArgs(['--csv', '--rule', 'link-vague', '--severity', 'warning']))
      .toEqual({ format: 'csv', failOn: 'error', locale: 'vi', filter: { rule: 'link-vague', severity: 'warning' } })
    expect(() => parseArgs(['--rule', 'no-such-rule'])).toThrow(/no rule is called/)
    expect(() => parseArgs(['--lang'])).toThrow(/needs a value/)
  })
})
