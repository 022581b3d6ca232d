import type { FastifyInstance } from 'fastify'
import nodemailer from 'nodemailer'
import { createServer } from 'node:net'
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp } from '../test/testApp'
import { storeKinds } from '../test/stores'
import { FeedbackNotifier, retryDelayMs } from './notifier'
import type { FeedbackStore } from './store'

interface Mail { to: string[]; raw: string }

/** A real SMTP server on a local port that keeps what it receives; `refuse` makes it answer 451. */
async function startSmtp(port = 0) {
  const mails: Mail[] = []
  const state = { refuse: false }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        if (state.refuse) return callback(Object.assign(new Error('Try again later'), { responseCode: 451 }))
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.server.address() as { port: number }
  return { mails, state, port: address.port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

const unusedPort = (): Promise<number> => new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const { port } = s.address() as { port: number }
    s.close(() => resolve(port))
  })
})

const decode = (raw: string): string => {
  // Subjects in UTF-8 come as RFC 2047 words; bodies as quoted-printable or base64.
  const words = raw.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, enc: string, text: string) =>
    enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1').toString('utf8'))
  return words.replace(/=\r?\n/g, '').replace(/(=[0-9A-F]{2})+/g, (m) => Buffer.from(m.split('=').filter(Boolean).map((h) => parseInt(h, 16))).toString('utf8'))
}

describe.each(storeKinds())('feedback notifications with the $name store', (kind) => {
  let store: FeedbackStore
  let app: FastifyInstance
  beforeAll(async () => {
    store = await kind.open({ notify: true })
    ;({ app } = await createTestApp({ feedback: store }))
  }, 60_000)
  afterAll(async () => {
    await app?.close()
    await store?.close()
  })
  const submit = async (change: Record<string, string> = {}) => {
    const started = performance.now()
    const response = await app.inject({ method: 'POST', url: '/api/feedback', payload: {
      draftId: `notify-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`, name: 'Lý Thị Riêng Tư', email: 'rieng.tu@example.vn',
      topic: 'tiep-can', message: 'Nội dung riêng', ...change,
    } })
    expect(response.statusCode).toBe(201)
    return { reference: response.json<{ reference: string }>().reference, ms: performance.now() - started }
  }
  const notifierFor = (port: number) => new FeedbackNotifier(store,
    nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, connectionTimeout: 2000, greetingTimeout: 2000 }),
    { to: 'bientap@cong.example.vn', from: 'Lectern <lectern@cong.example.vn>', inboxLink: (r) => `https://cong.example.vn/bien-tap/gop-y/${r}` })

  it('mails the editors the reference, topic and inbox link, and nothing the reader wrote about themselves', async () => {
    const smtp = await startSmtp()
    const notifier = notifierFor(smtp.port)
    try {
      const { reference } = await submit()
      expect(await notifier.drain()).toBeGreaterThanOrEqual(1)
      const mail = smtp.mails.find((m) => decode(m.raw).includes(reference))!
      expect(mail.to).toEqual(['bientap@cong.example.vn'])
      const text = decode(mail.raw)
      expect(text).toMatch(new RegExp(`Subject: Góp ý mới ${reference}: Khả năng tiếp cận`))
      expect(text).toContain(`https://cong.example.vn/bien-tap/gop-y/${reference}`)
      for (const personal of ['Lý Thị Riêng Tư', 'rieng.tu@example.vn', 'Nội dung riêng']) expect(text).not.toContain(personal)
      expect(await store.pendingNotifications()).toBe(0)
    } finally {
      await notifier.stop()
      await smtp.close()
    }
  })

  it('with the mail server down, the submission is stored at once, and the mail is retried with back-off until it goes', async () => {
    const port = await unusedPort()
    const notifier = notifierFor(port)
    try {
      const { reference, ms } = await submit()
      expect(ms).toBeLessThan(1000)
      expect(await store.find(reference)).toBeDefined()
      const now = new Date()
      expect(await notifier.drain(now)).toBe(0)
      expect(await store.pendingNotifications()).toBe(1)
      // Before the back-off has passed, nothing is tried again.
      expect(await notifier.drain(new Date(now.getTime() + retryDelayMs(1) - 1000))).toBe(0)
      const smtp = await startSmtp(port)
      try {
        smtp.state.refuse = true
        expect(await notifier.drain(new Date(now.getTime() + retryDelayMs(1) + 1000))).toBe(0)
        expect(smtp.mails).toHaveLength(0)
        smtp.state.refuse = false
        expect(await notifier.drain(new Date(now.getTime() + retryDelayMs(1) + retryDelayMs(2) + 2000))).toBe(1)
        expect(decode(smtp.mails[0]!.raw)).toContain(reference)
        expect(await store.pendingNotifications()).toBe(0)
      } finally {
        await smtp.close()
      }
    } finally {
      await notifier.stop()
    }
  }, 20_000)
})

describe('the retry schedule', () => {
  it('doubles from one minute and never waits more than six hours', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([60_000, 120_000, 240_000, 480_000])
    expect(retryDelayMs(30)).toBe(6 * 60 * 60_000)
  })
})
