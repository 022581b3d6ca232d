/**
 * How long the event loop has been busy in its current turn.
 *
 * Node reads every connection that has a request waiting in one turn of the event loop, one after
 * another, and a search runs synchronously (SQLite). With 200 readers at once, the last request
 * read in a turn waits for all the work before it: seconds, while the monitor of event-loop
 * delay (@fastify/under-pressure) only notices after the turn, when every one of them has been
 * answered late. Asked at the start of each request, this clock tells how much of the turn has
 * already gone, so a request past the budget can be turned away at once (`503`, cheap) instead
 * of adding to the wait of everyone behind it. The first request of a turn always sees 0: the
 * instance always makes progress.
 *
 * The turn ends when `setImmediate` callbacks run (the check phase, after the connections read in
 * the poll phase); a timer is only set while requests arrive, so an idle instance does nothing.
 */
export function busyTurnClock(now: () => number = () => performance.now()): { elapsedMs(): number } {
  let turnStarted: number | undefined
  const endTurn = (): void => {
    turnStarted = undefined
  }
  return {
    elapsedMs(): number {
      const time = now()
      if (turnStarted === undefined) {
        turnStarted = time
        setImmediate(endTurn)
      }
      return time - turnStarted
    },
  }
}
