// `npm run bench -- --extract` (or `node --import tsx scripts/bench-extract.ts [--only name]`):
// extraction quality, speed and memory per extractor, on two sets:
//  - Lectern's corpus (server/site/extract/corpus/): real-shaped pages of the CMSs portals run,
//    each with a human-written expected text (lead + body), title, date and author;
//  - Mozilla Readability's 130 test pages (../shared/corpora, unpacked into .bench/ at bench
//    time): their expected text is Readability's own output, so this measures agreement, not truth.
// Each extractor runs in a process of its own (one core; peak RSS is then its own).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { EXTRACTORS, textOfRaw, type ExtractorName, type Extracted, type Raw } from './benchExtractors'
import { decodeHtml } from '../server/site/extract/siteCheck'
import { blockTextOf, parseDocument, wordsOf } from '../server/site/extract/dom'

const ROOT = new URL('..', import.meta.url).pathname
const CORPUS = join(ROOT, 'server/site/extract/corpus')
// The shared corpora folder sits next to the main checkout (../shared), two levels up from a worktree.
const READABILITY_TAR = [
  process.env.READABILITY_PAGES,
  join(ROOT, '../shared/corpora/readability-test-pages.tar.gz'),
  join(ROOT, '../../shared/corpora/readability-test-pages.tar.gz'),
]
  .find((path): path is string => Boolean(path) && existsSync(path as string)) ?? ''
const BENCH_DIR = join(ROOT, '.bench')
// `npm run site:sync` runs node with this heap cap (package.json): without one, V8 lets garbage from
// big pages pile up before collecting, and peak RSS wanders from 230 to 360 MB run to run.
const SYNC_NODE_FLAGS = '--max-old-space-size=192'
// The worker runs as a sync runs (`npm run site:sync`, the server): the same node flags, one page
// in memory at a time (read from disk just before it is extracted, as a sync fetches it).
const NODE_FLAGS = (process.env.BENCH_EXTRACT_NODE_FLAGS ?? SYNC_NODE_FLAGS).split(/\s+/).filter(Boolean)

/** A page to extract; its HTML and expected text are read only when its turn comes. */
interface Case {
  set: 'corpus' | 'readability'; name: string; url: string; html: () => string; text: () => string; title?: string; published?: string; author?: string
}

function corpusCases(): Case[] {
  return readdirSync(CORPUS).filter((f) => f.endsWith('.json')).sort().map((file) => {
    const expected = JSON.parse(readFileSync(join(CORPUS, file), 'utf8')) as { url: string; text: string; title: string; published: string; author: string }
    const html = (): string => decodeHtml(readFileSync(join(CORPUS, file.replace(/\.json$/, '.html'))))
    return { set: 'corpus', name: file.replace(/\.json$/, ''), url: expected.url, html, text: () => expected.text, title: expected.title, published: expected.published, author: expected.author }
  })
}

function readabilityCases(): Case[] {
  const dir = join(BENCH_DIR, 'test-pages')
  if (!existsSync(dir)) {
    if (!READABILITY_TAR) return []
    mkdirSync(BENCH_DIR, { recursive: true })
    execFileSync('tar', ['-xzf', READABILITY_TAR, '-C', BENCH_DIR])
  }
  return readdirSync(dir).sort().flatMap((name): Case[] => {
    const page = join(dir, name)
    if (!existsSync(join(page, 'expected.html'))) return []
    const meta = JSON.parse(readFileSync(join(page, 'expected-metadata.json'), 'utf8')) as
      { title?: string; byline?: string | null; publishedTime?: string | null }
    return [{
      set: 'readability', name, url: `http://fakehost/test/${name}/`,
      html: () => readFileSync(join(page, 'source.html'), 'utf8'),
      text: () => blockTextOf(parseDocument(readFileSync(join(page, 'expected.html'), 'utf8')).body),
      title: meta.title, published: meta.publishedTime ?? undefined, author: meta.byline ?? undefined,
    }]
  })
}

/** Token F1 on the multiset of lower-cased words. */
export function tokenF1(expected: string, actual: string): number {
  const counts = new Map<string, number>()
  const want = wordsOf(expected.toLowerCase())
  const got = wordsOf(actual.toLowerCase())
  if (want.length === 0 && got.length === 0) return 1
  if (want.length === 0 || got.length === 0) return 0
  for (const w of want) counts.set(w, (counts.get(w) ?? 0) + 1)
  let common = 0
  for (const w of got) {
    const left = counts.get(w) ?? 0
    if (left > 0) {
      common++
      counts.set(w, left - 1)
    }
  }
  if (common === 0) return 0
  const precision = common / got.length
  const recall = common / want.length
  return (2 * precision * recall) / (precision + recall)
}

const norm = (text: string | undefined): string => wordsOf((text ?? '').toLowerCase().normalize('NFC')).join(' ')
const sameTitle = (a: string | undefined, b: string | undefined): boolean => norm(a) !== '' && norm(a) === norm(b)
const sameAuthor = (want: string | undefined, got: string | undefined): boolean =>
  norm(got) !== '' && (norm(got) === norm(want) || norm(want).includes(norm(got)) || norm(got).includes(norm(want)))
/**
 * Same instant to the second; a date given without an offset is the same wall-clock time to the
 * second ("2019-04-28 06:01:07.000" is Lectern's "2019-04-28T06:01:07+07:00").
 */
function sameDate(want: string | undefined, got: string | undefined): boolean {
  if (!want || !got) return false
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(want)) {
    const wall = want.replace(' ', 'T').replace(/\.\d+$/, '').slice(0, 19)
    return got.slice(0, wall.length) === wall
  }
  return Math.floor(Date.parse(want) / 1000) === Math.floor(Date.parse(got) / 1000)
}

interface SetScore { pages: number; f1: number; title: [number, number]; date: [number, number]; author: [number,
  number]; failures: number; seconds: number; worst: [string, number][] }
/** `pageMs`: CPU milliseconds of each page, for the typical (median) page besides the mean. */
interface WorkerReport { extractor: ExtractorName; sets: Record<string, SetScore>; maxRssMb: number; pageMs: number[] }

async function runWorker(name: ExtractorName, cases: Case[]): Promise<WorkerReport> {
  const extractor = await EXTRACTORS[name]()
  const sets: Record<string, SetScore> = {}
  const pageMs: number[] = []
  // One warm-up pass over a few pages, so module loading and JIT are not counted as extraction.
  for (const c of cases.slice(0, 5)) await extractor(c.html(), c.url).catch(() => undefined)
  for (const c of cases) {
    const score = (sets[c.set] ??= { pages: 0, f1: 0, title: [0, 0], date: [0, 0], author: [0, 0], failures: 0, seconds: 0, worst: [] })
    // CPU time, not wall time: the machine is shared, and "pages/s on one core" is CPU work.
    const html = c.html()
    const started = process.cpuUsage()
    let raw: Raw | undefined
    try {
      raw = await extractor(html, c.url)
    } catch {
      raw = undefined
    }
    const used = process.cpuUsage(started)
    const result: Extracted | undefined = raw ? textOfRaw(raw) : undefined
    score.seconds += (used.user + used.system) / 1e6
    pageMs.push((used.user + used.system) / 1e3)
    score.pages++
    if (!result) score.failures++
    const f1 = result ? tokenF1(c.text(), result.text) : 0
    score.f1 += f1
    score.worst.push([c.name, f1])
    if (c.title) { score.title[1]++; if (sameTitle(c.title, result?.title)) score.title[0]++ }
    if (c.published) { score.date[1]++; if (sameDate(c.published, result?.published)) score.date[0]++ }
    if (c.author) { score.author[1]++; if (sameAuthor(c.author, result?.author)) score.author[0]++ }
  }
  for (const score of Object.values(sets)) {
    score.f1 /= score.pages
    score.worst = score.worst.sort((a, b) => a[1] - b[1]).slice(0, 5)
  }
  return { extractor: name, sets, maxRssMb: process.resourceUsage().maxRSS / 1024, pageMs }
}

const pct = ([hit, of]: [number, number]): string => (of === 0 ? '—' : `${((100 * hit) / of).toFixed(0)}% (${hit}/${of})`)

function printTable(reports: WorkerReport[]): void {
  for (const set of ['corpus', 'readability']) {
    const label = set === 'corpus'
      ? 'Lectern corpus (human-written expected text)'
      : 'Readability test pages (expected = Readability’s own output: agreement, not truth)'
    const rows = reports.filter((r) => r.sets[set])
    if (rows.length === 0) continue
    console.log(`\n${label}: ${rows[0]?.sets[set]?.pages} pages`)
    /** One table row: the extractor's name, then its columns right-aligned to the headings' widths. */
    const line = (name: string, cells: string[]): string =>
      `  ${name.padEnd(22)} ${cells.map((cell, i) => cell.padStart([8, 14, 14, 14, 6, 8][i]!)).join('  ')}`
    console.log(line('extractor', ['token F1', 'title', 'date', 'author', 'failed', 'pages/s']))
    for (const r of rows) {
      const s = r.sets[set] as SetScore
      console.log(line(r.extractor, [s.f1.toFixed(3), pct(s.title), pct(s.date), pct(s.author), String(s.failures), (s.pages / s.seconds).toFixed(1)]))
    }
  }
  const flags = NODE_FLAGS.join(' ') || '(no flags)'
  console.log(`\nSpeed and memory (one process per extractor, one core, node ${flags} as the sync runs; all pages, one at a time)`)
  for (const r of reports) {
    const all = Object.values(r.sets)
    const pages = all.reduce((n, s) => n + s.pages, 0)
    const seconds = all.reduce((n, s) => n + s.seconds, 0)
    const sorted = [...r.pageMs].sort((a, b) => a - b)
    const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0
    console.log(`  ${r.extractor.padEnd(22)} ${(pages / seconds).toFixed(1).padStart(7)} pages/s   peak RSS ${r.maxRssMb.toFixed(0).padStart(4)} MB   `
      + `typical (median) page ${at(0.5).toFixed(1)} ms = ${(1000 / at(0.5)).toFixed(0)} pages/s, 90th percentile ${at(0.9).toFixed(0)} ms`)
  }
  console.log('  goals: Lectern ≥ 40 pages/s on one core, peak RSS ≤ 300 MB; token F1 ≥ 0.965 on held-back human-labelled pages')
}

const { values } = parseArgs({ options: { worker: { type: 'string' }, only: { type: 'string' }, json: { type: 'boolean' }, verbose: { type: 'boolean' } } })

if (values.worker) {
  const report = await runWorker(values.worker as ExtractorName, [...corpusCases(), ...readabilityCases()])
  process.stdout.write(JSON.stringify(report))
} else {
  const names = (values.only ? values.only.split(',') : Object.keys(EXTRACTORS)) as ExtractorName[]
  const reports: WorkerReport[] = []
  for (const name of names) {
    process.stderr.write(`extracting with ${name}…\n`)
    try {
      const worker = [...NODE_FLAGS, '--import', 'tsx', 'scripts/bench-extract.ts', '--worker', name]
      const out = execFileSync('node', worker, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] })
      reports.push(JSON.parse(out) as WorkerReport)
    } catch (error) {
      // An extractor that runs out of its heap is a result too: say so and go on with the others.
      console.log(`${name}: the worker process failed (${(error as { status?: number }).status ?? 'killed'}); not in the tables`)
    }
  }
  if (values.json) console.log(JSON.stringify(reports, null, 2))
  else printTable(reports)
  if (values.verbose) {
    for (const r of reports) {
      for (const [set, s] of Object.entries(r.sets)) {
        console.log(`${r.extractor} ${set} lowest F1: ${s.worst.map(([n, f]) => `${n} ${f.toFixed(3)}`).join(', ')}`)
      }
    }
  }
}
