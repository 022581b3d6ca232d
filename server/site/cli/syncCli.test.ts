import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { articlePage, TestOrigin, words } from '../test/origin'

const run = promisify(execFile)
const CLI = resolve(import.meta.dirname, 'syncCli.ts')

describe('npm run site:sync -- --once', () => {
  let origin: TestOrigin
  let dir: string
  beforeEach(async () => {
    origin = await new TestOrigin().start()
    dir = mkdtempSync(join(tmpdir(), 'lectern-cli-'))
    origin.set('/sitemap.xml', { body: `<urlset><url><loc>${origin.url}/a/mot</loc></url><url><loc>${origin.url}/a/loi</loc></url></urlset>`, type: 'application/xml' })
    origin.set('/a/mot', articlePage('Một', [words(40)]))
    origin.set('/a/loi', '<html><body><p>Lỗi hệ thống</p></body></html>')
  })
  afterEach(async () => {
    await origin.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('runs one sync, prints progress lines, the page it could not read and a summary, and exits 2 for it', async () => {
    const env = { ...process.env, SITE_URL: `${origin.url}/`, SITE_RATE: '50', DATABASE_FILE: join(dir, 'site.db'), SITE_PICTURE_DIR: join(dir, 'pictures') }
    const result = await run('node', ['--import', 'tsx', CLI, '--once'], { env }).then(() => ({ code: 0, stdout: '' }), (error: { code: number; stdout: string }) => error)

    expect(result.code).toBe(2)
    expect(result.stdout).toContain('2/2 pages')
    expect(result.stdout).toMatch(/! .*\/a\/loi: no article/)
    expect(result.stdout).toMatch(/Summary: 2 found, 1 added, .* 1 failed; \d+ requests/)
  })

  it('says how to use it when --once is missing', async () => {
    const result = await run('node', ['--import', 'tsx', CLI], { env: { ...process.env, SITE_URL: `${origin.url}/` } }).then(() => ({ code: 0, stderr: '' }), (error: { code: number; stderr: string }) => error)
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Usage: SITE_URL=')
  })
})
