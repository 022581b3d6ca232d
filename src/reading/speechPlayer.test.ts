import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { SpeechPlayer, START_TIMEOUT_MS, type PlayerState } from './speechPlayer'

/** A stand-in utterance: the player only sets these fields and handlers. */
class FakeUtterance {
  lang = ''
  rate = 1
  voice: unknown = null
  onstart: (() => void) | null = null
  onend: (() => void) | null = null
  onerror: ((e: { error: string }) => void) | null = null
  constructor(readonly text: string) {}
}

/** A synthesizer the test drives by hand: it starts and ends what it is told to. */
function fakeSynth() {
  const spoken: FakeUtterance[] = []
  return {
    spoken,
    cancels: 0,
    speak(u: SpeechSynthesisUtterance) { spoken.push(u as unknown as FakeUtterance) },
    cancel() { this.cancels++ },
    get last() { return spoken[spoken.length - 1]! },
    finish() { const u = this.last; u.onstart?.(); u.onend?.() },
  }
}

const SENTENCES = [{ chunks: ['Một.'] }, { chunks: ['Hai, phần đầu,', 'phần sau.'] }, { chunks: ['Ba.'] }]

function setup() {
  const synth = fakeSynth()
  const log = { sentences: [] as number[], states: [] as PlayerState[], finished: 0, stalled: 0 }
  const player = new SpeechPlayer(synth, SENTENCES, {
    lang: 'vi-VN', rate: 1, voice: null,
    makeUtterance: (text) => new FakeUtterance(text) as unknown as SpeechSynthesisUtterance,
    onSentence: (i) => log.sentences.push(i), onState: (s) => log.states.push(s),
    onFinished: () => log.finished++, onStalled: () => log.stalled++,
  })
  return { synth, log, player }
}

describe('SpeechPlayer', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('speaks every chunk in order, moves the sentence on start, and finishes idle', () => {
    const { synth, log, player } = setup()
    player.play(0)
    for (let i = 0; i < 4; i++) synth.finish()
    expect(synth.spoken.map((u) => u.text)).toEqual(['Một.', 'Hai, phần đầu,', 'phần sau.', 'Ba.'])
    expect(synth.spoken.every((u) => u.lang === 'vi-VN')).toBe(true)
    expect(log.sentences).toEqual([0, 1, 2, -1])
    expect(log.states).toEqual(['playing', 'idle'])
    expect(log.finished).toBe(1)
  })

  it('pauses by cancelling, ignores the cancelled utterance\'s events, and resumes from the sentence start', () => {
    const { synth, log, player } = setup()
    player.play(1)
    synth.last.onstart?.()
    const interrupted = synth.last
    player.pause()
    interrupted.onend?.() // Chromium ends a cancelled utterance: must not advance
    expect(player.status).toBe('paused')
    player.resume()
    expect(synth.last.text).toBe('Hai, phần đầu,')
    expect(log.states).toEqual(['playing', 'paused', 'playing'])
  })

  it('moves to the next and previous sentence while playing, and applies a new rate to the current one', () => {
    const { synth, player } = setup()
    player.play(0)
    player.step(1)
    expect(synth.last.text).toBe('Hai, phần đầu,')
    player.step(-1)
    expect(synth.last.text).toBe('Một.')
    player.configure({ rate: 1.5 })
    expect(synth.last).toMatchObject({ text: 'Một.', rate: 1.5 })
  })

  it('speaks a stalled chunk again, then pauses and says so when the engine stays silent', () => {
    const { synth, log, player } = setup()
    player.play(2)
    vi.advanceTimersByTime(START_TIMEOUT_MS + 1)
    expect(synth.spoken.map((u) => u.text)).toEqual(['Ba.', 'Ba.'])
    synth.finish() // the retry works
    expect(log.finished).toBe(1)

    player.play(0)
    vi.advanceTimersByTime(3 * (START_TIMEOUT_MS + 1))
    expect(synth.spoken.slice(2).map((u) => u.text)).toEqual(['Một.', 'Một.', 'Một.'])
    expect(player.status).toBe('paused')
    expect(log.stalled).toBe(1)
  })

  it('stops: silent, back to the start, highlight cleared', () => {
    const { synth, log, player } = setup()
    player.play(1)
    const cancels = synth.cancels
    player.stop()
    expect(synth.cancels).toBeGreaterThan(cancels)
    expect(player.status).toBe('idle')
    expect(log.sentences.at(-1)).toBe(-1)
  })
})
