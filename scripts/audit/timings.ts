/**
 * Where an audit's time goes, phase by phase (`--timings`, and `timings` in report.json): QA can
 * see what a slow run is paying for, and a change that makes a check slower shows up.
 */

export const PHASES = [
  'load', 'helpers', 'axe', 'skip-link', 'tab-walk', 'focus-pictures', 'text-resize', 'text-spacing',
  'tabindex-inert', 'content', 'typography', 'reflow', 'controls', 'dialogs',
] as const
export type Phase = (typeof PHASES)[number]

/**
 * Milliseconds per phase, exclusive: a phase timed inside another (the focus pictures taken
 * during the Tab walk) is counted in its own row and not again in its parent's, so the rows add
 * up to the time spent. One instance per page at a time (phases nest, they do not overlap).
 */
export class Timings {
  readonly ms: Partial<Record<Phase, number>> = {}
  private readonly open: { started: number; inner: number }[] = []

  async time<T>(phase: Phase, work: () => Promise<T>): Promise<T> {
    const frame = { started: performance.now(), inner: 0 }
    this.open.push(frame)
    try {
      return await work()
    } finally {
      this.open.pop()
      const elapsed = performance.now() - frame.started
      this.add(phase, elapsed - frame.inner)
      const parent = this.open.at(-1)
      if (parent) parent.inner += elapsed
    }
  }

  add(phase: Phase, ms: number): void {
    this.ms[phase] = (this.ms[phase] ?? 0) + ms
  }

  addAll(other: Partial<Record<Phase, number>>): void {
    for (const phase of PHASES) if (other[phase] !== undefined) this.add(phase, other[phase])
  }

  /** Whole milliseconds, phases in pipeline order (for report.json). */
  rounded(): Partial<Record<Phase, number>> {
    return Object.fromEntries(PHASES.filter((p) => this.ms[p] !== undefined).map((p) => [p, Math.round(this.ms[p]!)]))
  }
}

/**
 * A table a person reads: each phase's time summed over pages and workers (with concurrency 2
 * the sum is about twice the wall time), its share, and the mean per page.
 */
export function timingsTable(ms: Partial<Record<Phase, number>>, pages: number): string {
  const total = PHASES.reduce((sum, p) => sum + (ms[p] ?? 0), 0)
  const rows = PHASES.filter((p) => ms[p] !== undefined).map((p) => {
    const spent = ms[p]!
    const share = total ? Math.round((spent / total) * 100) : 0
    const perPage = Math.round(spent / Math.max(1, pages))
    return `  ${p.padEnd(16)}${(spent / 1000).toFixed(1).padStart(9)} s${String(share).padStart(5)} %${perPage.toString().padStart(8)} ms/page`
  })
  return [`Time by phase (summed over workers, ${pages} pages):`, ...rows, `  ${'total'.padEnd(16)}${(total / 1000).toFixed(1).padStart(9)} s`].join('\n')
}
