import { describe, expect, it } from 'vitest'
import { bestVoice, voicesFor } from './voices'

const voice = (name: string, lang: string, extra: { default?: boolean } = {}) =>
  ({ voiceURI: name, name, lang, localService: true, default: extra.default ?? false })

const VOICES = [
  voice('Alex', 'en-AU'), voice('Samantha', 'en-US'), voice('Linh', 'vi_VN'), voice('HoaiMy', 'vi-VN', { default: true }), voice('Thomas', 'fr-FR'),
]

describe('voices', () => {
  it('finds voices of a language however the platform writes the tag', () => {
    expect(voicesFor(VOICES, 'vi').map((v) => v.name)).toEqual(['Linh', 'HoaiMy'])
  })

  it('prefers the saved voice, then the default, then US/UK English, then the first', () => {
    expect(bestVoice(VOICES, 'vi', 'Linh')?.name).toBe('Linh')
    expect(bestVoice(VOICES, 'vi', 'gone')?.name).toBe('HoaiMy')
    expect(bestVoice(VOICES, 'en')?.name).toBe('Samantha')
    expect(bestVoice([voice('Alex', 'en-AU')], 'en')?.name).toBe('Alex')
    expect(bestVoice(VOICES.filter((v) => !v.lang.startsWith('vi')), 'vi')).toBeUndefined()
  })
})
