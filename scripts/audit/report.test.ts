import { describe, expect, it } from 'vitest'
import { sameOriginPage, sitemapLocations } from './crawl'
import { failed, summarize, toHtml, toJunit, type AuditReport } from './report'

const finding = { source: 'axe' as const, rule: 'image-alt', impact: 'critical', level: 'failure' as const, wcag: '1.1.1', help: 'Images must have alternative text', helpUrl: 'https://dequeuniversity.com/rules/axe/4.14/image-alt', targets: ['img[src="<x>"]'] }
const report: AuditReport = {
  base: 'http://site.example/',
  startedAt: '2026-11-27T00:00:00.000Z',
  durationMs: 1234,
  pages: [
    { url: 'http://site.example/a', viewport: 'desktop', status: 'checked', findings: [finding], incomplete: [], durationMs: 10 },
    { url: 'http://site.example/b', viewport: 'desktop', status: 'checked', findings: [], incomplete: [{ ...finding, rule: 'color-contrast' }], durationMs: 10 },
    { url: 'http://site.example/c.pdf', viewport: 'desktop', status: 'skipped', message: 'not an HTML page (application/pdf)', findings: [], incomplete: [], durationMs: 0 },
    { url: 'http://site.example/d', viewport: 'mobile', status: 'error', message: 'did not answer within 20 s', findings: [], incomplete: [], durationMs: 0 },
  ],
}

describe('audit reports', () => {
  it('summarizes and fails on findings and on pages that could not be checked', () => {
    expect(summarize(report)).toEqual({ pagesChecked: 2, pagesFailed: 1, pagesWithErrors: 1, findings: 1, reported: 0, fixed: 0, byRule: { 'image-alt': 1 } })
    expect(failed(report)).toBe(true)
    expect(failed({ ...report, pages: [report.pages[1]!, report.pages[2]!] })).toBe(false)
  })

  it('groups by rule in HTML, lists what needs review, and escapes what pages contain', () => {
    const html = toHtml(report)
    expect(html).toContain('id="rule-image-alt"')
    expect(html).toContain('img[src=&quot;&lt;x&gt;&quot;]')
    expect(html).not.toContain('<x>')
    expect(html).toMatch(/<td>color-contrast<\/td>/)
    expect(html).toContain('skipped: not an HTML page (application/pdf)')
  })

  it('writes JUnit with a failure per finding, skips and errors', () => {
    const xml = toJunit(report)
    expect(xml).toContain('tests="4" failures="1" errors="1"')
    expect(xml).toContain('<failure type="image-alt"')
    expect(xml).toContain('<skipped message="not an HTML page (application/pdf)"/>')
    expect(xml).toContain('<error message="did not answer within 20 s"/>')
  })
})

describe('what the audit crawls', () => {
  const base = new URL('http://site.example/')
  it('keeps same-origin pages only, without fragments', () => {
    expect(sameOriginPage('/a#x', base)).toBe('http://site.example/a')
    expect(sameOriginPage('https://other.example/', base)).toBeUndefined()
    expect(sameOriginPage('mailto:x@site.example', base)).toBeUndefined()
  })

  it('reads sitemap locations', () => {
    const xml = '<urlset><url><loc>http://site.example/a?x=1&amp;y=2</loc></url><url><loc> http://evil.example/ </loc></url></urlset>'
    expect(sitemapLocations(xml, base)).toEqual(['http://site.example/a?x=1&y=2'])
  })
})
