import type { Page } from '@playwright/test'

/**
 * A scripted stand-in for `speechSynthesis`, installed before any page script runs. It records
 * every utterance (text, lang, rate, voice, time), fires `start` ~10 ms after `speak`, and fires
 * `end` either after `durationMs` or only when the test says so (`manual`). It can load its voices
 * late (`voiceschanged` after `lateVoicesMs`), have none at all, or stall: the utterances whose
 * indices are in `stall` never start, as Chromium's engine sometimes does.
 */
export interface SpeechStandIn {
  voices?: { name: string; lang: string; default?: boolean }[]
  lateVoicesMs?: number
  manual?: boolean
  durationMs?: number
  stall?: number[]
}

export interface SpokenUtterance { text: string; lang: string; rate: number; voice: string | null; at: number }

export const VOICES = [
  { name: 'Samantha', lang: 'en-US' },
  { name: 'Linh', lang: 'vi-VN', default: true },
]

export async function installSpeech(page: Page, options: SpeechStandIn = {}): Promise<void> {
  await page.addInitScript((cfg: Required<SpeechStandIn>) => {
    type U = {
      text: string; lang: string; rate: number; voice: { name: string } | null
      onstart?: (e: object) => void; onend?: (e: object) => void; onerror?: (e: { error: string }) => void
    }
    const log = { spoken: [] as SpokenUtterance[], cancels: 0 }
    const all = cfg.voices.map((v) => ({ voiceURI: v.name, name: v.name, lang: v.lang, localService: true, default: v.default ?? false }))
    let voices = cfg.lateVoicesMs ? [] : all
    let current: U | null = null
    let timer: ReturnType<typeof setTimeout> | undefined
    const synth = new EventTarget() as EventTarget & Record<string, unknown>
    const finish = (u: U): void => {
      if (current !== u) return
      current = null
      synth.speaking = false
      u.onend?.({})
    }
    Object.assign(synth, {
      speaking: false, pending: false, paused: false,
      getVoices: () => voices.slice(),
      speak(u: U) {
        log.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name ?? null, at: performance.now() })
        if (cfg.stall.includes(log.spoken.length - 1)) return
        current = u
        setTimeout(() => {
          if (current !== u) return
          synth.speaking = true
          u.onstart?.({})
          if (!cfg.manual) timer = setTimeout(() => finish(u), cfg.durationMs)
        }, 10)
      },
      cancel() {
        log.cancels++
        clearTimeout(timer)
        const u = current
        current = null
        synth.speaking = false
        u?.onerror?.({ error: 'interrupted' })
      },
      pause() {}, resume() {},
    })
    class Utterance {
      lang = ''
      rate = 1
      voice = null
      constructor(readonly text: string) {}
    }
    if (cfg.lateVoicesMs) setTimeout(() => {
      voices = all
      synth.dispatchEvent(new Event('voiceschanged'))
    }, cfg.lateVoicesMs)
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true })
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true })
    Object.assign(window, { __speech: { log, finish: () => current && finish(current), speaking: () => current?.text ?? null } })
  }, { voices: VOICES, lateVoicesMs: 0, manual: false, durationMs: 30, stall: [], ...options })
}

type SpeechWindow = { __speech: { log: { spoken: SpokenUtterance[]; cancels: number }; finish: () => void; speaking: () => string | null } }

export const spoken = (page: Page): Promise<SpokenUtterance[]> => page.evaluate(() => (window as unknown as SpeechWindow).__speech.log.spoken)
export const cancels = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as SpeechWindow).__speech.log.cancels)
/** Ends the utterance being spoken (manual mode). */
export const finishUtterance = (page: Page): Promise<void> => page.evaluate(() => (window as unknown as SpeechWindow).__speech.finish())
export const speaking = (page: Page): Promise<string | null> => page.evaluate(() => (window as unknown as SpeechWindow).__speech.speaking())

/** The text the reading highlight covers now ('' when none). */
export const highlighted = (page: Page): Promise<string> => page.evaluate(() => {
  const highlight = CSS.highlights.get('lectern-reading')
  const range = highlight ? [...highlight][0] : undefined
  return range instanceof Range ? range.toString() : ''
})

/** Whether the highlighted text is inside the viewport. */
export const highlightInView = (page: Page): Promise<boolean> => page.evaluate(() => {
  const range = [...(CSS.highlights.get('lectern-reading') ?? [])][0]
  if (!(range instanceof Range)) return false
  const rect = range.getBoundingClientRect()
  return rect.top >= 0 && rect.bottom <= window.innerHeight
})
