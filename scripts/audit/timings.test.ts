import { describe, expect, it } from 'vitest'
import { Timings, timingsTable } from './timings'

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('audit timings', () => {
  it('counts a phase timed inside another once, in its own row', async () => {
    const t = new Timings()
    await t.time('tab-walk', async () => {
      await wait(20)
      await t.time('focus-pictures', () => wait(60))
    })
    expect(t.ms['focus-pictures']).toBeGreaterThanOrEqual(55)
    expect(t.ms['tab-walk']).toBeGreaterThanOrEqual(15)
    expect(t.ms['tab-walk']).toBeLessThan(55) // the pictures' 60 ms are not counted again
  })

  it('still counts a phase whose work throws', async () => {
    const t = new Timings()
    await expect(t.time('axe', async () => { await wait(10); throw new Error('no axe') })).rejects.toThrow('no axe')
    expect(t.ms.axe).toBeGreaterThanOrEqual(5)
  })

  it('adds pages up and prints phases in pipeline order with their share', () => {
    const run = new Timings()
    run.addAll({ axe: 3000, load: 1000 })
    run.addAll({ axe: 1000 })
    expect(run.rounded()).toEqual({ load: 1000, axe: 4000 })
    const table = timingsTable(run.ms, 2)
    expect(table.split('\n').map((l) => l.trim().split(/\s+/)[0])).toEqual(['Time', 'load', 'axe', 'total'])
    expect(table).toMatch(/axe\s+4\.0 s\s+80 %\s+2000 ms\/page/)
  })
})
