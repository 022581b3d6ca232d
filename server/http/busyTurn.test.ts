import { describe, expect, it } from 'vitest'
import { busyTurnClock } from './busyTurn'

describe('busyTurnClock', () => {
  it('counts from the first request of a turn, and starts again in the next turn', async () => {
    let time = 1000
    const clock = busyTurnClock(() => time)
    expect(clock.elapsedMs()).toBe(0)
    time += 40
    expect(clock.elapsedMs()).toBe(40)
    time += 300
    expect(clock.elapsedMs()).toBe(340)
    await new Promise((resolve) => setImmediate(resolve))
    time += 5
    expect(clock.elapsedMs()).toBe(0)
    time += 7
    expect(clock.elapsedMs()).toBe(7)
  })
})
