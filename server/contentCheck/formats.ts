import type { FindingSeverity } from '../../core/contentFindings'
import { csvCell } from '../editor/csv'
import type { ArticleFindings } from './findings'

/** The CLI's JSON: `{ articles: [{ slug, title, originalUrl, findings: [{ rule, severity, message, excerpt }] }] }`. */
export const findingsJson = (articles: readonly ArticleFindings[]): string => `${JSON.stringify({ articles }, null, 2)}\n`

/**
 * One row per finding, with the inbox CSV's protections: a byte-order mark for Excel, CRLF, and
 * cells that a spreadsheet would run as a formula prefixed with an apostrophe.
 */
export function findingsCsv(articles: readonly ArticleFindings[], header = ['slug', 'title', 'originalUrl', 'rule', 'severity', 'message', 'excerpt']): string {
  const rows = articles.flatMap((a) => a.findings.map((f) => [a.slug, a.title, a.originalUrl ?? '', f.rule, f.severity, f.message, f.excerpt]))
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}

export type FailOn = FindingSeverity | 'none'

/** Whether a finding fails the gate: errors fail at "error", everything at "warning", nothing at "none". */
export const fails = (severity: FindingSeverity, failOn: FailOn): boolean => failOn === 'warning' || (failOn === 'error' && severity === 'error')

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** JUnit: one test case per article; each finding past the threshold is a failure, the rest are told in its output. */
export function findingsJunit(articles: readonly ArticleFindings[], failOn: FailOn): string {
  const failing = articles.filter((a) => a.findings.some((f) => fails(f.severity, failOn))).length
  const cases = articles.map((a) => {
    const failures = a.findings.filter((f) => fails(f.severity, failOn))
      .map((f) => `<failure type="${escapeXml(f.rule)}" message="${escapeXml(`${f.rule} (${f.severity}): ${f.excerpt}`)}">${escapeXml(f.message)}</failure>`).join('')
    const other = a.findings.filter((f) => !fails(f.severity, failOn))
    const out = other.length ? `<system-out>${escapeXml(other.map((f) => `${f.rule} (${f.severity}): ${f.excerpt}`).join('\n'))}</system-out>` : ''
    return `    <testcase classname="content.${escapeXml(a.slug)}" name="${escapeXml(a.title)}">${failures}${out}</testcase>`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="content check" tests="${articles.length}" failures="${failing}">
  <testsuite name="content" tests="${articles.length}" failures="${failing}">
${cases.join('\n')}
  </testsuite>
</testsuites>
`
}

/** A person's summary: counts per rule, then each article's findings. */
export function findingsText(articles: readonly ArticleFindings[]): string {
  const counts = new Map<string, { severity: FindingSeverity; n: number }>()
  for (const f of articles.flatMap((a) => a.findings)) counts.set(f.rule, { severity: f.severity, n: (counts.get(f.rule)?.n ?? 0) + 1 })
  const lines = [`${articles.length} articles with findings`, ...[...counts].sort((a, b) => b[1].n - a[1].n).map(([rule, { severity, n }]) => `  ${String(n).padStart(5)}  ${rule} (${severity})`), '']
  for (const a of articles) {
    lines.push(`${a.title} (${a.slug})`)
    for (const f of a.findings) lines.push(`  ${f.severity === 'error' ? 'error  ' : 'warning'} ${f.rule}: ${f.excerpt}`)
  }
  return `${lines.join('\n')}\n`
}
