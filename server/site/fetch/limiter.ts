/**
 * Politeness: at most `rate` request starts per second and `concurrency` requests at once. A
 * robots.txt Crawl-delay (seconds between requests) slows the rate further, never speeds it up.
 */
export class Limiter {
  private nextStart = 0
  private active = 0
  private readonly waiting: (() => void)[] = []
  private intervalMs: number

  constructor(rate: number, readonly concurrency: number, private readonly now = () => performance.now()) {
    this.intervalMs = 1000 / rate
  }

  /** Honours robots.txt's Crawl-delay (capped at 60 s, so a hostile file cannot stall the sync for ever). */
  crawlDelay(seconds: number): void {
    if (Number.isFinite(seconds) && seconds > 0) this.intervalMs = Math.max(this.intervalMs, Math.min(seconds, 60) * 1000)
  }

  get minimumIntervalMs(): number {
    return this.intervalMs
  }

  /** Runs `task` when a slot is free and the rate allows; the slot is held until it settles. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve))
    this.active++
    try {
      // Each start reserves its moment before waiting, so starts are spaced even when concurrent.
      const at = Math.max(this.now(), this.nextStart)
      this.nextStart = at + this.intervalMs
      const wait = at - this.now()
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
      return await task()
    } finally {
      this.active--
      this.waiting.shift()?.()
    }
  }
}
