import type { Finding } from './checks'

export interface PageReport {
  url: string
  viewport: string
  status: 'checked' | 'skipped' | 'error'
  /** Why a page was skipped or could not be checked, in words a person can act on. */
  message?: string
  findings: Finding[]
  incomplete: Finding[]
  durationMs: number
}

export interface AuditReport {
  base: string
  startedAt: string
  durationMs: number
  pages: PageReport[]
}

export interface Summary {
  pagesChecked: number
  pagesFailed: number
  pagesWithErrors: number
  findings: number
  byRule: Record<string, number>
}

export function summarize(report: AuditReport): Summary {
  const byRule: Record<string, number> = {}
  for (const page of report.pages) for (const f of page.findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1
  return {
    pagesChecked: report.pages.filter((p) => p.status === 'checked').length,
    pagesFailed: report.pages.filter((p) => p.findings.length > 0).length,
    pagesWithErrors: report.pages.filter((p) => p.status === 'error').length,
    findings: report.pages.reduce((n, p) => n + p.findings.length, 0),
    byRule,
  }
}

/** A run fails on any finding and on any page that could not be checked. */
export const failed = (report: AuditReport): boolean => {
  const s = summarize(report)
  return s.findings > 0 || s.pagesWithErrors > 0
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const escapeXml = escapeHtml

export function toHtml(report: AuditReport): string {
  const summary = summarize(report)
  const rules = new Map<string, { finding: Finding; places: { page: PageReport; finding: Finding }[] }>()
  for (const page of report.pages) {
    for (const finding of page.findings) {
      const entry = rules.get(finding.rule) ?? { finding, places: [] }
      entry.places.push({ page, finding })
      rules.set(finding.rule, entry)
    }
  }
  const byRule = [...rules.entries()].map(([rule, { finding, places }]) => `
    <section aria-labelledby="rule-${escapeHtml(rule)}">
      <h3 id="rule-${escapeHtml(rule)}">${escapeHtml(rule)} <span class="impact">(${escapeHtml(finding.impact)}, ${places.length} ${places.length === 1 ? 'place' : 'places'})</span></h3>
      <p>${escapeHtml(finding.help)}. <a href="${escapeHtml(finding.helpUrl)}">How to fix ${escapeHtml(rule)}</a></p>
      <ul>${places.map(({ page, finding: f }) => `<li><a href="${escapeHtml(page.url)}">${escapeHtml(page.url)}</a> (${escapeHtml(page.viewport)}): <code>${f.targets.map(escapeHtml).join('</code>, <code>')}</code></li>`).join('')}</ul>
    </section>`).join('')
  const byPage = report.pages.map((page) => `
      <tr>
        <th scope="row"><a href="${escapeHtml(page.url)}">${escapeHtml(page.url)}</a></th>
        <td>${escapeHtml(page.viewport)}</td>
        <td>${page.status === 'checked' ? (page.findings.length ? `${page.findings.length} failed: ${page.findings.map((f) => escapeHtml(f.rule)).join(', ')}` : 'passed') : `${escapeHtml(page.status)}: ${escapeHtml(page.message ?? '')}`}</td>
        <td>${page.incomplete.length ? page.incomplete.map((f) => escapeHtml(f.rule)).join(', ') : 'none'}</td>
      </tr>`).join('')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility audit of ${escapeHtml(report.base)}: ${summary.findings ? `${summary.findings} findings` : 'passed'}</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; max-width: 70rem; margin: 0 auto; padding: 1rem; color: #1b1f24; background: #fff; }
  a { color: #0b4f8a; } .impact { font-weight: normal; color: #4a5563; }
  table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #6b7684; padding: .4rem; text-align: start; vertical-align: top; }
  code { overflow-wrap: anywhere; }
</style>
</head>
<body>
<main>
<h1>Accessibility audit of ${escapeHtml(report.base)}</h1>
<p>Started ${escapeHtml(report.startedAt)}, took ${(report.durationMs / 1000).toFixed(1)} s.
${summary.pagesChecked} page checks, ${summary.pagesFailed} with findings, ${summary.pagesWithErrors} could not be checked; ${summary.findings} findings in all.</p>
<h2>Findings by rule</h2>
${byRule || '<p>No findings.</p>'}
<h2>Every page</h2>
<table>
  <caption>Each page at each width, with what axe could not decide (to check by hand)</caption>
  <thead><tr><th scope="col">Page</th><th scope="col">Width</th><th scope="col">Result</th><th scope="col">Needs review</th></tr></thead>
  <tbody>${byPage}</tbody>
</table>
</main>
</body>
</html>
`
}

export function toJunit(report: AuditReport): string {
  const cases = report.pages.map((page) => {
    const name = `${page.viewport} ${page.url}`
    const time = (page.durationMs / 1000).toFixed(3)
    if (page.status === 'skipped') return `    <testcase classname="audit" name="${escapeXml(name)}" time="${time}"><skipped message="${escapeXml(page.message ?? '')}"/></testcase>`
    if (page.status === 'error') return `    <testcase classname="audit" name="${escapeXml(name)}" time="${time}"><error message="${escapeXml(page.message ?? '')}"/></testcase>`
    const failures = page.findings.map((f) =>
      `<failure type="${escapeXml(f.rule)}" message="${escapeXml(`${f.rule} (${f.impact}): ${f.help}`)}">${escapeXml(`${f.targets.join('\n')}\n${f.helpUrl}`)}</failure>`).join('')
    return `    <testcase classname="audit" name="${escapeXml(name)}" time="${time}">${failures}</testcase>`
  })
  const s = summarize(report)
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="accessibility audit" tests="${report.pages.length}" failures="${s.pagesFailed}" errors="${s.pagesWithErrors}" time="${(report.durationMs / 1000).toFixed(3)}">
  <testsuite name="${escapeXml(report.base)}" tests="${report.pages.length}" failures="${s.pagesFailed}" errors="${s.pagesWithErrors}" skipped="${report.pages.filter((p) => p.status === 'skipped').length}">
${cases.join('\n')}
  </testsuite>
</testsuites>
`
}
