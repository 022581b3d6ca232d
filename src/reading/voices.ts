/** Choosing a voice for the article's language from whatever the platform offers. */
export interface VoiceLike {
  voiceURI: string
  name: string
  lang: string
  localService: boolean
  default: boolean
}

/** "vi-VN", "vi_VN" and "VI" are all Vietnamese (Android reports underscores). */
const languageOf = (lang: string): string => lang.toLowerCase().split(/[-_]/u)[0] ?? ''

export const voicesFor = <V extends VoiceLike>(voices: readonly V[], language: string): V[] =>
  voices.filter((voice) => languageOf(voice.lang) === language)

/**
 * The reader's saved voice when it is still there; else the platform's default for the language;
 * else, for English, a US or British voice before other regions; else the first.
 */
export function bestVoice<V extends VoiceLike>(voices: readonly V[], language: string, savedURI?: string): V | undefined {
  const candidates = voicesFor(voices, language)
  return candidates.find((v) => v.voiceURI === savedURI)
    ?? candidates.find((v) => v.default)
    ?? (language === 'en' ? candidates.find((v) => /^en[-_](US|GB)$/iu.test(v.lang)) : undefined)
    ?? candidates[0]
}

/**
 * Voices, waiting for them when the platform loads them late (Chromium fills the list only after
 * `voiceschanged`); resolves with whatever is there after `timeoutMs`, possibly nothing.
 */
export function loadVoices(
  synth: Pick<SpeechSynthesis, 'getVoices' | 'addEventListener' | 'removeEventListener'>, timeoutMs = 1500,
): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices()
  if (now.length) return Promise.resolve(now)
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer)
      synth.removeEventListener('voiceschanged', onChange)
      resolve(synth.getVoices())
    }
    const onChange = (): void => {
      if (synth.getVoices().length) done()
    }
    const timer = setTimeout(done, timeoutMs)
    synth.addEventListener('voiceschanged', onChange)
  })
}
