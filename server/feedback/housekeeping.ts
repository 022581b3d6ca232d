import type { FeedbackStore } from './store'

const DAY_MS = 24 * 60 * 60_000

/** Deletes feedback older than the retention period, expired sessions and old sign-in failures. */
export async function keepHouse(store: FeedbackStore, retentionDays: number, now: Date = new Date()): Promise<number> {
  const purged = await store.purgeBefore(new Date(now.getTime() - retentionDays * DAY_MS))
  await store.sweep(now, new Date(now.getTime() - DAY_MS))
  return purged
}

/** Runs keepHouse now and every six hours; the log gives counts only, never what was deleted. */
export function startHousekeeping(store: FeedbackStore, retentionDays: number, log: (message: string) => void): () => void {
  const run = (): void => {
    keepHouse(store, retentionDays).then(
      (purged) => purged > 0 && log(`Retention: deleted ${purged} feedback submission(s) older than ${retentionDays} days`),
      (error: unknown) => log(`Retention could not run: ${String(error)}`),
    )
  }
  run()
  const timer = setInterval(run, 6 * 60 * 60_000)
  timer.unref()
  return () => clearInterval(timer)
}
