import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeWindows1258 } from './windows1258'
import { CheckError, checkPage, formatReport, type CheckedPage } from './siteCheck'

const run = promisify(execFile)
const ROOT = new URL('../../../', import.meta.url).pathname
const FIXTURE = new URL('./corpus/sharepoint-2013-publishing.html', import.meta.url).pathname
const PROFILE = new URL('../../../content/site-profiles/sharepoint-2013.yml', import.meta.url).pathname
const SHAREPOINT = readFileSync(FIXTURE)
const LEGACY = encodeWindows1258(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>Đường mới về bản</title></head>
<body><div class="content"><h1>Đường mới về bản</h1><p>Ngày đăng: 02/03/2026</p>${'<p>Đường bê tông mới nối trung tâm xã với bản Nà Hỏi giúp bà con đưa nông sản ra chợ thuận tiện hơn trong mùa mưa.</p>'.repeat(4)}<h2>Ý kiến người dân</h2><p>Bà con phấn khởi vì không còn phải lội bùn mỗi khi trời mưa to kéo dài nhiều ngày liền.</p></div></body></html>`)

let server: Server
let origin = ''
const requested: string[] = []

beforeAll(async () => {
  server = createServer((request, response) => {
    requested.push(request.url ?? '')
    if (request.url === '/Pages/bai-viet.aspx') response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(SHAREPOINT)
    else if (request.url === '/legacy.asp') response.writeHead(200, { 'content-type': 'text/html' }).end(LEGACY)
    else if (request.url === '/bao-tri') response.writeHead(200, { 'content-type': 'text/html' }).end('<html><body><h1>Hệ thống đang bảo trì</h1></body></html>')
    else response.writeHead(404).end('not found')
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise<void>((done) => server.close(() => done())))

describe('site:check reading one page from a real HTTP origin', () => {
  it('fetches only the page it is given and reports what was extracted', async () => {
    requested.length = 0
    const result = await checkPage(`${origin}/Pages/bai-viet.aspx`) as CheckedPage
    expect(requested).toEqual(['/Pages/bai-viet.aspx'])
    expect(result.title).toBe('Những chuyển biến tích cực sau 03 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị')
    expect(result.pictures).toEqual([expect.objectContaining({ src: `${origin}/PublishingImages/2019/Thang9/backan-thu-khen-chi-thi-05.jpg` })])
  })

  it('reads a page in windows-1258 through its <meta> charset, with its outline of headings', async () => {
    const result = await checkPage(`${origin}/legacy.asp`) as CheckedPage
    expect(result.title).toBe('Đường mới về bản')
    expect(result.published).toBe('2026-03-02T00:00:00+07:00')
    expect(result.outline).toEqual([{ level: 2, text: 'Ý kiến người dân' }])
  })

  it('says why there is no article, and why a fetch failed', async () => {
    expect(formatReport(await checkPage(`${origin}/bao-tri`), 'bao-tri')).toMatch(/^bao-tri\nNo article: /)
    await expect(checkPage(`${origin}/missing`)).rejects.toThrow(new CheckError(`${origin}/missing answered HTTP 404`))
    await expect(checkPage('/no/such/file.html')).rejects.toThrow('cannot read /no/such/file.html: ENOENT')
  })
})

describe('the npm run site:check command', () => {
  it('prints a readable report of a saved page with the profile', { timeout: 90_000 }, async () => {
    const { stdout } = await run('node', ['--import', 'tsx', 'scripts/site-check.ts', FIXTURE, '--profile', PROFILE, '--url', 'https://backan.gov.vn/Pages/bai-viet.aspx'], { cwd: ROOT })
    const lines = stdout.split('\n')
    expect(lines.slice(0, 8)).toEqual([
      'https://backan.gov.vn/Pages/bai-viet.aspx',
      'Title:     Những chuyển biến tích cực sau 03 năm thực hiện Chỉ thị 05-CT/TW của Bộ Chính trị',
      'Published: 2019-09-10T15:08:44+07:00',
      'Updated:   2019-09-10T15:08:44+07:00',
      'Author:    Hương Dịu',
      'Category:  Tin tức - Sự kiện (tin-tuc-su-kien)',
      'Language:  vi',
      'Words:     1424',
    ])
    expect(lines).toContain('Outline:   (no headings)')
    expect(lines).toContain('  https://backan.gov.vn/PublishingImages/2019/Thang9/backan-thu-khen-chi-thi-05.jpg')
    expect(lines).toContain('Warnings:  (none)')
  })

  it('prints JSON with --json, warnings included, and exits 1 when the page holds no article', { timeout: 90_000 }, async () => {
    const { stdout } = await run('node', ['--import', 'tsx', 'scripts/site-check.ts', `${origin}/legacy.asp`, '--json'], { cwd: ROOT })
    const report = JSON.parse(stdout) as CheckedPage
    expect(report).toMatchObject({ title: 'Đường mới về bản', url: `${origin}/legacy.asp`, outline: [{ level: 2, text: 'Ý kiến người dân' }] })
    expect(report.warnings).toEqual(expect.arrayContaining(['no author found']))
    const failed = await run('node', ['--import', 'tsx', 'scripts/site-check.ts', `${origin}/bao-tri`, '--json'], { cwd: ROOT }).then(() => undefined, (error: { code: number; stdout: string }) => error)
    expect(failed?.code).toBe(1)
    expect(JSON.parse(failed?.stdout ?? '{}')).toEqual({ failed: expect.any(String) })
  })
})
