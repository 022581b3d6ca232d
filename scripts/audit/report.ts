import type { FixedFinding } from './baseline'
import { atLeast } from './options'
import { RULES, type Finding, type Impact } from './rules'
import type { Phase } from './timings'

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
  /** The impact from which a failure fails the run (--fail-on). */
  failOn?: Impact
  /** With --baseline: the file, and what it had that this run no longer finds. */
  baseline?: string
  fixed?: FixedFinding[]
  /** Milliseconds per phase, summed over pages and workers (see timings.ts). */
  timings?: Partial<Record<Phase, number>>
}

export interface Summary {
  pagesChecked: number
  pagesFailed: number
  pagesWithErrors: number
  /** Findings that fail the run: failures at or above --fail-on, not known from the baseline. */
  findings: number
  /** Everything else that was found: advice, failures below --fail-on, known ones. */
  reported: number
  byRule: Record<string, number>
  fixed: number
}

/** Whether a finding fails the run: a failure (not advice), bad enough, and new. */
export const failing = (f: Finding, failOn: Impact = 'minor'): boolean =>
  f.level === 'failure' && (f.impact === 'unknown' || atLeast(f.impact, failOn)) && f.baseline !== 'known'

export function summarize(report: AuditReport): Summary {
  const byRule: Record<string, number> = {}
  let findings = 0
  let reported = 0
  for (const page of report.pages) {
    for (const f of page.findings) {
      if (failing(f, report.failOn)) {
        findings++
        byRule[f.rule] = (byRule[f.rule] ?? 0) + 1
      } else reported++
    }
  }
  return {
    pagesChecked: report.pages.filter((p) => p.status === 'checked').length,
    pagesFailed: report.pages.filter((p) => p.findings.some((f) => failing(f, report.failOn))).length,
    pagesWithErrors: report.pages.filter((p) => p.status === 'error').length,
    findings, reported, byRule, fixed: report.fixed?.length ?? 0,
  }
}

/** A run fails on any failing finding and on any page that could not be checked. */
export const failed = (report: AuditReport): boolean => {
  const s = summarize(report)
  return s.findings > 0 || s.pagesWithErrors > 0
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
const escapeXml = escapeHtml

const label = (f: Finding, failOn: Impact | undefined): string =>
  f.level === 'advice' ? 'advice' : failing(f, failOn) ? f.impact : `${f.impact}, ${f.baseline === 'known' ? 'known from the baseline' : 'below --fail-on'}`

/** The report's one-sentence summary (what failed, what was only reported, what the baseline fixed). */
function summaryLine(report: AuditReport, summary: Summary): string {
  const belowFailOn = report.failOn && report.failOn !== 'minor' ? `, below --fail-on ${escapeHtml(report.failOn)}` : ''
  const known = report.baseline ? ', known from the baseline' : ''
  const fixed = report.baseline ? `; ${summary.fixed} fixed since ${escapeHtml(report.baseline)}` : ''
  return [
    `${summary.pagesChecked} page checks, ${summary.pagesFailed} with failures, ${summary.pagesWithErrors} could not be checked; `,
    `${summary.findings} failing findings, ${summary.reported} more reported (advice${belowFailOn}${known})${fixed}.`,
  ].join('')
}

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
  const placeItem = ({ page, finding: f }: { page: PageReport; finding: Finding }): string => [
    `<li><a href="${escapeHtml(page.url)}">${escapeHtml(page.url)}</a>`,
    ` (${escapeHtml(page.viewport)}; ${escapeHtml(label(f, report.failOn))}): ${escapeHtml(f.help)}:`,
    ` <code>${f.targets.map(escapeHtml).join('</code>, <code>')}</code></li>`,
  ].join('')
  const ruleHeading = (rule: string, finding: Finding, places: number): string => [
    `<h3 id="rule-${escapeHtml(rule)}">${escapeHtml(rule)} <span class="impact">`,
    `(${escapeHtml(finding.level === 'advice' ? 'advice' : finding.impact)}, WCAG ${escapeHtml(finding.wcag)}, `,
    `${places} ${places === 1 ? 'place' : 'places'})</span></h3>`,
  ].join('')
  const ruleSummary = (rule: string, finding: Finding): string =>
    escapeHtml((RULES as Record<string, { summary: string }>)[rule]?.summary ?? finding.help)
  const byRule = [...rules.entries()].map(([rule, { finding, places }]) => `
    <section aria-labelledby="rule-${escapeHtml(rule)}">
      ${ruleHeading(rule, finding, places.length)}
      <p>${ruleSummary(rule, finding)}. <a href="${escapeHtml(finding.helpUrl)}">How to fix ${escapeHtml(rule)}</a></p>
      <ul>${places.map(placeItem).join('')}</ul>
    </section>`).join('')
  const fixedItem = (f: FixedFinding): string =>
    `<li>${escapeHtml(f.rule)} on ${escapeHtml(f.url)} (${escapeHtml(f.viewport)}): <code>${escapeHtml(f.target)}</code></li>`
  const fixed = report.fixed?.length
    ? `<h2>Fixed since the baseline</h2>\n<ul>${report.fixed.map(fixedItem).join('')}</ul>`
    : ''
  const byPage = report.pages.map((page) => {
    const fails = page.findings.filter((f) => failing(f, report.failOn))
    const result = page.status !== 'checked' ? `${escapeHtml(page.status)}: ${escapeHtml(page.message ?? '')}`
      : fails.length ? `${fails.length} failed: ${fails.map((f) => escapeHtml(f.rule)).join(', ')}` : 'passed'
    const other = page.findings.filter((f) => !failing(f, report.failOn))
    const alsoReported = [
      ...other.map((f) => `${escapeHtml(f.rule)} (${escapeHtml(label(f, report.failOn))})`),
      ...page.incomplete.map((f) => escapeHtml(f.rule)),
    ]
    return `
      <tr>
        <th scope="row"><a href="${escapeHtml(page.url)}">${escapeHtml(page.url)}</a></th>
        <td>${escapeHtml(page.viewport)}</td>
        <td>${result}</td>
        <td>${alsoReported.join(', ') || 'none'}</td>
      </tr>`
  }).join('')
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
${summaryLine(report, summary)}</p>
<h2>Findings by rule</h2>
${byRule || '<p>No findings.</p>'}
${fixed}
<h2>Every page</h2>
<table>
  <caption>Each page at each width, with what else was reported and what axe could not decide (to check by hand)</caption>
  <thead><tr><th scope="col">Page</th><th scope="col">Width</th><th scope="col">Result</th><th scope="col">Also reported, and needs review</th></tr></thead>
  <tbody>${byPage}</tbody>
</table>
</main>
</body>
</html>
`
}

/** One test case per page × width (classname = the width): failures as <failure>, the rest in <system-out>. */
export function toJunit(report: AuditReport): string {
  const cases = report.pages.map((page) => {
    const name = escapeXml(`${page.url} @ ${page.viewport}`)
    const attrs = `classname="audit.${escapeXml(page.viewport)}" name="${name}" time="${(page.durationMs / 1000).toFixed(3)}"`
    if (page.status === 'skipped') return `    <testcase ${attrs}><skipped message="${escapeXml(page.message ?? '')}"/></testcase>`
    if (page.status === 'error') return `    <testcase ${attrs}><error message="${escapeXml(page.message ?? '')}"/></testcase>`
    const failures = page.findings.filter((f) => failing(f, report.failOn)).map((f) => {
      const message = escapeXml(`${f.rule} (${f.impact}, WCAG ${f.wcag}): ${f.help}`)
      return `<failure type="${escapeXml(f.rule)}" message="${message}">${escapeXml(`${f.targets.join('\n')}\n${f.helpUrl}`)}</failure>`
    }).join('')
    const other = page.findings.filter((f) => !failing(f, report.failOn))
    const reported = other.map((f) => `${f.rule} (${label(f, report.failOn)}): ${f.help}: ${f.targets.join(', ')}`).join('\n')
    const out = other.length ? `<system-out>${escapeXml(reported)}</system-out>` : ''
    return `    <testcase ${attrs}>${failures}${out}</testcase>`
  })
  const s = summarize(report)
  const counts = `tests="${report.pages.length}" failures="${s.pagesFailed}" errors="${s.pagesWithErrors}"`
  const skipped = report.pages.filter((p) => p.status === 'skipped').length
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="accessibility audit" ${counts} time="${(report.durationMs / 1000).toFixed(3)}">
  <testsuite name="${escapeXml(report.base)}" ${counts} skipped="${skipped}">
${cases.join('\n')}
  </testsuite>
</testsuites>
`
}
