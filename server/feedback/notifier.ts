import type { Transporter } from 'nodemailer'
import { TOPIC_LABELS } from '../editor/views/text'
import type { FeedbackStore, OutboxItem } from './store'

export interface NotifierOptions {
  to: string
  from: string
  /** The inbox page of one submission, absolute when PUBLIC_URL is set. */
  inboxLink: (reference: string) => string
  /** Attempts before a notification is left for an operator (default 20: about four days of back-off). */
  maxAttempts?: number
  log?: (message: string) => void
}

const LEASE_MS = 2 * 60_000
/** 1, 2, 4 … minutes, at most six hours between tries. */
export const retryDelayMs = (attempts: number): number => Math.min(60_000 * 2 ** (attempts - 1), 6 * 60 * 60_000)

/**
 * Mails the editors about new feedback from the outbox the store fills in the same transaction as
 * the submission: a mail server that is down delays the mail, and never loses or slows the
 * submission. Only the reference, topic and a link go out: nothing the reader wrote about themselves.
 */
export class FeedbackNotifier {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<number> | undefined

  constructor(private readonly store: FeedbackStore, private readonly transport: Transporter, private readonly options: NotifierOptions) {}

  /** Sends every due notification once; answers how many went out. Runs one at a time. */
  drain(now: Date = new Date()): Promise<number> {
    this.running ??= this.sendDue(now).finally(() => (this.running = undefined))
    return this.running
  }

  private async sendDue(now: Date): Promise<number> {
    let sent = 0
    for (;;) {
      const items = await this.store.claimNotifications(now, new Date(now.getTime() + LEASE_MS), 20)
      if (items.length === 0) return sent
      for (const item of items) if (await this.send(item, now)) sent++
      if (items.length < 20) return sent
    }
  }

  private async send(item: OutboxItem, now: Date): Promise<boolean> {
    const topic = TOPIC_LABELS[item.topic] ?? item.topic
    const link = this.options.inboxLink(item.reference)
    try {
      await this.transport.sendMail({
        from: this.options.from,
        to: this.options.to,
        subject: `Góp ý mới ${item.reference}: ${topic}`,
        text: [
          'Cổng vừa nhận một góp ý mới.', '', `Số tham chiếu: ${item.reference}`, `Chủ đề: ${topic}`, '',
          'Đọc và xử lý trong hộp thư góp ý (cần đăng nhập):', link, '',
        ].join('\n'),
      })
      await this.store.notificationSent(item.id)
      return true
    } catch (error) {
      const attempts = item.attempts + 1
      const giveUp = attempts >= (this.options.maxAttempts ?? 20)
      const reason = error instanceof Error ? error.message : String(error)
      await this.store.notificationFailed(item.id, attempts, giveUp ? null : new Date(now.getTime() + retryDelayMs(attempts)), reason)
      this.options.log?.(`Notification for ${item.reference} failed (attempt ${attempts}${giveUp ? ', giving up' : ''}): ${reason}`)
      return false
    }
  }

  start(intervalMs = 15_000): void {
    const tick = (): void => void this.drain().catch((error: unknown) => this.options.log?.(`Notifications could not be read: ${String(error)}`))
    tick()
    this.timer = setInterval(tick, intervalMs)
    this.timer.unref()
  }

  async stop(): Promise<void> {
    clearInterval(this.timer)
    await this.running
    this.transport.close()
  }
}
