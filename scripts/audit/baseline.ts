/**
 * Comparing a run with a previous report.json: a finding is known when the same rule fired on the
 * same target on the same page path and width before. Measured numbers in a target ("(12 of 80 px
 * at 3:1)") are left out of the comparison, so a re-measured finding is still the same finding.
 */
import type { AuditReport, PageReport } from './report'
import type { Finding } from './rules'

export interface FixedFinding { url: string; viewport: string; rule: string; target: string }

const where = (url: string): string => {
  try {
    const u = new URL(url)
    return `${u.pathname}${u.search}`
  } catch {
    return url
  }
}
const stable = (target: string): string => target.replace(/\s*\([^()]*\)$/, '')
const keysOf = (page: Pick<PageReport, 'url' | 'viewport'>, f: Finding): string[] =>
  f.targets.map((t) => [where(page.url), page.viewport, f.rule, stable(t)].join('\u0000'))

/** Marks each finding new or known, and lists what the baseline had that this run no longer finds. */
export function applyBaseline(report: AuditReport, baseline: Pick<AuditReport, 'pages'>): FixedFinding[] {
  const before = new Set(baseline.pages.flatMap((p) => p.findings.flatMap((f) => keysOf(p, f))))
  const now = new Set<string>()
  for (const page of report.pages) {
    for (const f of page.findings) {
      const keys = keysOf(page, f)
      keys.forEach((k) => now.add(k))
      f.baseline = keys.every((k) => before.has(k)) ? 'known' : 'new'
    }
  }
  const checked = new Set(report.pages.filter((p) => p.status === 'checked').map((p) => `${where(p.url)}\u0000${p.viewport}`))
  return [...before].filter((k) => !now.has(k)).map((k) => k.split('\u0000')).filter(([path, viewport]) => checked.has(`${path}\u0000${viewport}`))
    .map(([url, viewport, rule, target]) => ({ url: url!, viewport: viewport!, rule: rule!, target: target! }))
}
