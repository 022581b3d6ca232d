import { describe, expect, it } from 'vitest'
import { applyBaseline } from './baseline'
import { atLeast, parseOptions, readUrlList, ruleFilter, urlWanted, UsageError } from './options'
import { failed, summarize, type AuditReport } from './report'
import { estimateLeft } from './runner'
import { finding } from './rules'

describe('audit options', () => {
  it('has defaults for CI and reads repeatable patterns and rule lists', () => {
    const o = parseOptions(['https://site.example/', '--include', '/tin/', '--include', '/bai/', '--exclude', '\\?page=', '--skip-rules', 'focus-appearance, line-length', '--fail-on', 'serious'])
    expect(o.base?.href).toBe('https://site.example/')
    expect(o.concurrency).toBe(2)
    expect(o.include.map(String)).toEqual(['/\\/tin\\//', '/\\/bai\\//'])
    expect(o.skipRules).toEqual(['focus-appearance', 'line-length'])
    expect(o.failOn).toBe('serious')
  })

  it('refuses bad usage with a message that says what to do', () => {
    expect(() => parseOptions([])).toThrow('give one base URL, or --urls FILE')
    expect(() => parseOptions(['ftp://x/'])).toThrow('is not an http(s) URL')
    expect(() => parseOptions(['http://x/', '--fail-on', 'bad'])).toThrow('--fail-on must be one of minor, moderate, serious, critical')
    expect(() => parseOptions(['http://x/', '--concurrency', '0'])).toThrow(UsageError)
    expect(() => parseOptions(['http://x/', '--include', '('])).toThrow('not a regular expression')
    expect(parseOptions(['--urls', 'list.txt']).urlsFile).toBe('list.txt')
  })

  it('filters URLs and rules', () => {
    expect(urlWanted('https://x/tin/a', [/\/tin\//], [/\?page=/])).toBe(true)
    expect(urlWanted('https://x/tin/a?page=2', [/\/tin\//], [/\?page=/])).toBe(false)
    expect(urlWanted('https://x/gioi-thieu', [/\/tin\//], [])).toBe(false)
    const only = ruleFilter(['image-alt', 'reflow'], ['reflow'])
    expect(['image-alt', 'reflow', 'label'].filter(only)).toEqual(['image-alt'])
    expect(atLeast('serious', 'moderate')).toBe(true)
    expect(atLeast('moderate', 'serious')).toBe(false)
  })

  it('reads a URL list with comments, resolving relative lines', () => {
    expect(readUrlList('# trang chủ\n/\n\nhttps://other.example/x  # absolute\n/tin/a\n', new URL('https://site.example/'))).toEqual(['https://site.example/', 'https://other.example/x', 'https://site.example/tin/a'])
    expect(() => readUrlList('/tin/a')).toThrow('give a base URL')
  })

  it('estimates the time left from the pace so far', () => {
    expect(estimateLeft(10, 150, 20_000)).toBe('4 min 40 s')
    expect(estimateLeft(0, 150, 0)).toBe('0 s')
    expect(estimateLeft(140, 150, 140_000)).toBe('10 s')
  })
})

describe('baseline and --fail-on', () => {
  const page = (url: string, findings = [finding('reflow', 'wide', ['#a (600 px)']), finding('line-length', 'long', ['p'])]) =>
    ({ url, viewport: 'desktop', status: 'checked' as const, findings, incomplete: [], durationMs: 1 })
  const report = (pages: AuditReport['pages']): AuditReport => ({ base: 'https://x/', startedAt: '', durationMs: 0, pages })

  it('fails only on failures (not advice) at or above --fail-on', () => {
    expect(summarize(report([page('https://x/a')]))).toMatchObject({ findings: 1, reported: 1, pagesFailed: 1 })
    expect(failed({ ...report([page('https://x/a')]), failOn: 'critical' })).toBe(false)
    expect(failed(report([page('https://x/a', [finding('line-length', 'long', ['p'])])]))).toBe(false)
  })

  it('fails only on new findings, matches across hosts and re-measured numbers, and lists what was fixed', () => {
    const before = report([page('https://staging.example/a'), page('https://staging.example/b', [finding('text-small', 'tiny', ['small']), finding('reflow', 'wide', ['#z'])])])
    const now = report([page('https://x/a', [finding('reflow', 'wide', ['#a (640 px)'])]), page('https://x/b', [finding('focus-visible', 'none', ['#nav a'])])])
    const fixed = applyBaseline(now, before)
    expect(now.pages[0]!.findings[0]!.baseline).toBe('known')
    expect(now.pages[1]!.findings[0]!.baseline).toBe('new')
    expect(fixed.map((f) => `${f.url} ${f.rule} ${f.target}`).sort()).toEqual(['/a line-length p', '/b reflow #z', '/b text-small small'])
    expect(summarize(now)).toMatchObject({ findings: 1, reported: 1 })
  })
})
