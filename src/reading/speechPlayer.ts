/**
 * Reads sentences aloud with the Web Speech API, one utterance per sentence-sized chunk, and
 * copes with where the API is unreliable:
 * - an engine that never starts or never ends an utterance (Chromium stalls; long utterances cut
 *   off) is caught by a watchdog that cancels and speaks the chunk again, then gives up politely;
 * - pause is a cancel that remembers the sentence: Android's pause is a cancel anyway, and speaking
 *   again from the sentence start is what a listener wants after a pause;
 * - no `boundary` events are needed: the sentence moves on `start`, and events of a cancelled
 *   utterance are ignored by a generation number.
 */
export type PlayerState = 'idle' | 'playing' | 'paused'

export interface PlayerSentence {
  chunks: string[]
}

export interface SynthLike {
  speak(utterance: SpeechSynthesisUtterance): void
  cancel(): void
}

export interface PlayerOptions {
  lang: string
  rate: number
  voice: SpeechSynthesisVoice | null
  makeUtterance: (text: string) => SpeechSynthesisUtterance
  /** The sentence being spoken (-1: none). */
  onSentence: (index: number) => void
  onState: (state: PlayerState) => void
  /** Read to the end of the article. */
  onFinished: () => void
  /** The engine did not respond, even after retries: the player has paused at the sentence. */
  onStalled: () => void
}

/** How long an utterance may take to start, and how long per character to finish, before it counts as stalled. */
export const START_TIMEOUT_MS = 4000
const MS_PER_CHAR = 150
const END_SLACK_MS = 5000
const RETRIES = 2

export class SpeechPlayer {
  private state: PlayerState = 'idle'
  private sentence = 0
  private chunk = 0
  private generation = 0
  private retries = 0
  private watchdog: ReturnType<typeof setTimeout> | undefined

  constructor(private readonly synth: SynthLike, private readonly sentences: readonly PlayerSentence[], private readonly options: PlayerOptions) {}

  get current(): number {
    return this.sentence
  }

  get status(): PlayerState {
    return this.state
  }

  play(from = this.sentence): void {
    if (!this.sentences.length) return
    this.sentence = Math.min(Math.max(0, from), this.sentences.length - 1)
    this.chunk = 0
    this.retries = 0
    this.setState('playing')
    this.speakCurrent()
  }

  pause(): void {
    if (this.state !== 'playing') return
    this.silence()
    this.setState('paused')
  }

  resume(): void {
    if (this.state === 'paused') this.play(this.sentence)
  }

  stop(): void {
    this.silence()
    this.sentence = 0
    this.options.onSentence(-1)
    this.setState('idle')
  }

  /** Next or previous sentence; keeps playing if it was, else just moves the place. */
  step(direction: 1 | -1): void {
    const target = Math.min(Math.max(0, this.sentence + direction), this.sentences.length - 1)
    if (this.state === 'playing') this.play(target)
    else {
      this.sentence = target
      this.options.onSentence(target)
    }
  }

  /** Rate or voice changes apply at once: the sentence starts again with them. */
  configure(change: { rate?: number; voice?: SpeechSynthesisVoice | null }): void {
    if (change.rate !== undefined) this.options.rate = change.rate
    if (change.voice !== undefined) this.options.voice = change.voice
    if (this.state === 'playing') this.play(this.sentence)
  }

  dispose(): void {
    this.silence()
    this.state = 'idle'
  }

  private setState(state: PlayerState): void {
    this.state = state
    this.options.onState(state)
  }

  private silence(): void {
    this.generation++
    clearTimeout(this.watchdog)
    this.synth.cancel()
  }

  private speakCurrent(): void {
    this.silence()
    const generation = this.generation
    const text = this.sentences[this.sentence]!.chunks[this.chunk]!
    const utterance = this.options.makeUtterance(text)
    utterance.lang = this.options.lang
    utterance.rate = this.options.rate
    if (this.options.voice) utterance.voice = this.options.voice
    const live = (): boolean => generation === this.generation && this.state === 'playing'
    utterance.onstart = () => {
      if (!live()) return
      if (this.chunk === 0) this.options.onSentence(this.sentence)
      this.arm(generation, (text.length * MS_PER_CHAR) / this.options.rate + END_SLACK_MS)
    }
    utterance.onend = () => {
      if (live()) this.advance()
    }
    utterance.onerror = (event) => {
      // "interrupted"/"canceled" are our own cancel; anything else is retried like a stall.
      if (live() && event.error !== 'interrupted' && event.error !== 'canceled') this.recover()
    }
    this.arm(generation, START_TIMEOUT_MS)
    this.synth.speak(utterance)
  }

  private arm(generation: number, ms: number): void {
    clearTimeout(this.watchdog)
    this.watchdog = setTimeout(() => {
      if (generation === this.generation && this.state === 'playing') this.recover()
    }, ms)
  }

  private advance(): void {
    this.retries = 0
    const chunks = this.sentences[this.sentence]!.chunks
    if (this.chunk + 1 < chunks.length) this.chunk++
    else if (this.sentence + 1 < this.sentences.length) {
      this.sentence++
      this.chunk = 0
    } else {
      this.silence()
      this.sentence = 0
      this.options.onSentence(-1)
      this.setState('idle')
      this.options.onFinished()
      return
    }
    this.speakCurrent()
  }

  private recover(): void {
    if (this.retries < RETRIES) {
      this.retries++
      this.speakCurrent()
      return
    }
    this.silence()
    this.chunk = 0
    this.setState('paused')
    this.options.onStalled()
  }
}
