import fastifyCookie from '@fastify/cookie'
import fastifyCsrf from '@fastify/csrf-protection'
import fastifyFormbody from '@fastify/formbody'
import fastifySession from '@fastify/session'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { FeedbackStore } from '../feedback/store'
import type { Authenticator } from './authenticate'
import type { FindingsReport } from '../contentCheck/report'
import { registerContentCheckRoutes } from './contentCheckRoutes'
import { registerInboxRoutes } from './inboxRoutes'
import { sessionStore } from './sessionStore'
import { messagePage } from './views/message'
import { sendPage } from './reply'
import { signInPage } from './views/signIn'

export interface EditorOptions {
  store: FeedbackStore
  authenticator: Authenticator
  /** At least 32 characters; the first signs new cookies, the rest are still accepted (rotation). */
  sessionSecret: string | string[]
  /** `true` behind HTTPS (also behind a proxy that ends TLS); 'auto' sets Secure only on HTTPS requests. */
  secureCookie: boolean | 'auto'
  /** Wrong passwords allowed per account and address in the window before a lock-out (default 10 in 15 minutes). */
  lockout?: { max: number; windowMs: number }
  pageSize?: number
  /** Stored content-check findings for the "Kiểm tra nội dung" report (the embedded store); without them the page says how to check. */
  findings?: FindingsReport
}

const SESSION_MAX_AGE_MS = 8 * 60 * 60_000
/** No script at all, styles only from here, forms only to here. */
const EDITOR_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
const STYLESHEET = readFileSync(join(import.meta.dirname, 'editor.css'), 'utf8')

/**
 * The editors' area: sign-in, the feedback inbox, erasure. Server-rendered HTML forms with
 * Post/Redirect/Get, so it works without JavaScript (and sends none).
 */
export async function editorPlugin(app: FastifyInstance, options: EditorOptions): Promise<void> {
  const base = app.prefix
  const { store, authenticator } = options
  const lockout = options.lockout ?? { max: 10, windowMs: 15 * 60_000 }

  // A 2,000-character note in Vietnamese is up to ~18 kB once URL-encoded.
  await app.register(fastifyFormbody, { bodyLimit: 64 * 1024 })
  await app.register(fastifyCookie)
  await app.register(fastifySession, {
    secret: options.sessionSecret,
    cookieName: 'lectern_editor',
    saveUninitialized: false,
    store: sessionStore(store, SESSION_MAX_AGE_MS),
    cookie: { path: base, httpOnly: true, sameSite: 'lax', secure: options.secureCookie, maxAge: SESSION_MAX_AGE_MS },
  })
  await app.register(fastifyCsrf, {
    sessionPlugin: '@fastify/session',
    getToken: (request) => (request.body as { _csrf?: string } | undefined)?._csrf,
  })

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', EDITOR_CSP)
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store')
    return payload
  })

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500
    if (status === 500) request.log.error({ err: error }, 'editor page failed')
    const csrf = error.code?.startsWith('FST_CSRF')
    return sendPage(reply, () => messagePage({
      base,
      title: csrf ? 'Biểu mẫu đã hết hạn' : status === 500 ? 'Có lỗi ở máy chủ' : 'Không thực hiện được',
      text: csrf
        ? 'Biểu mẫu này đã cũ hoặc không gửi từ trang của Lectern, nên không có gì được thay đổi. Hãy mở lại trang và gửi lại.'
        : status === 500 ? 'Máy chủ không trả lời được. Hãy thử lại sau ít phút.' : error.message,
      link: { href: `${base}/gop-y`, text: 'Về hộp thư góp ý' },
    }), csrf ? 403 : status)
  })

  app.get('/bien-tap.css', async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(STYLESHEET))

  /** The signed-in editor, or undefined: the session must be of this portal and of the account's current generation. */
  async function currentEditor(request: FastifyRequest): Promise<string | undefined> {
    const { editor, generation, portal } = request.session
    if (!editor || portal !== authenticator.portal) return undefined
    const account = await store.account(editor)
    return account && account.generation === generation ? account.name : undefined
  }

  const requireEditor = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    if (await currentEditor(request)) return
    if (request.method === 'GET' || request.method === 'HEAD') {
      await reply.redirect(`${base}/dang-nhap`, 303)
      return
    }
    await sendPage(reply, () => messagePage({
      base, title: 'Cần đăng nhập', text: 'Phiên làm việc đã hết hoặc bạn chưa đăng nhập, nên không có gì được thay đổi.',
      link: { href: `${base}/dang-nhap`, text: 'Đăng nhập' },
    }), 401)
  }

  app.get('/', async (_request, reply) => reply.redirect(`${base}/gop-y`, 303))

  app.get<{ Querystring: { 'da-dang-xuat'?: string } }>('/dang-nhap', async (request, reply) => {
    if (await currentEditor(request)) return reply.redirect(`${base}/gop-y`, 303)
    const csrf = reply.generateCsrf()
    return sendPage(reply, () => signInPage({ base, csrf, name: '', errors: [], wordpress: authenticator.kind === 'wordpress',
      signedOut: request.query['da-dang-xuat'] === '1' }))
  })

  app.post<{ Body: { ten?: string; 'mat-khau'?: string } }>('/dang-nhap', { preHandler: app.csrfProtection }, async (request, reply) => {
    const name = String(request.body?.ten ?? '').trim().slice(0, 100)
    const password = String(request.body?.['mat-khau'] ?? '').slice(0, 1000)
    const page = async (status: number, errors: { field: string; message: string }[], lockedUntil?: Date) => {
      const csrf = reply.generateCsrf()
      return sendPage(reply, () => signInPage({ base, csrf, name, errors, wordpress: authenticator.kind === 'wordpress', lockedUntil }), status)
    }
    const errors = [
      ...(name ? [] : [{ field: 'ten', message: 'Nhập tên đăng nhập' }]),
      ...(password ? [] : [{ field: 'mat-khau', message: 'Nhập mật khẩu' }]),
    ]
    if (errors.length) return page(400, errors)

    // Counted per account and address: a stranger guessing cannot lock the editor out from
    // elsewhere, and the lock ends by itself when the oldest failure leaves the window.
    const key = `${name.toLowerCase()}|${request.ip}`
    const now = Date.now()
    const failures = await store.failuresSince(key, new Date(now - lockout.windowMs))
    if (failures.length >= lockout.max) {
      const until = new Date(Date.parse(failures[failures.length - lockout.max]!) + lockout.windowMs)
      reply.header('retry-after', String(Math.max(1, Math.ceil((until.getTime() - now) / 1000))))
      return page(429, [], until)
    }
    const result = await authenticator.signIn(name, password)
    if (!result.ok) {
      if (result.reason === 'unavailable') {
        return page(503, [{ field: 'mat-khau', message: 'Không kiểm tra được mật khẩu với trang WordPress lúc này. Hãy thử lại sau ít phút.' }])
      }
      await store.recordFailure(key)
      return page(401, [{ field: 'mat-khau', message: 'Tên đăng nhập hoặc mật khẩu không đúng' }])
    }
    await store.clearFailures(key)
    const account = await store.account(result.name)
    // A new session id at sign-in: an id planted before it (session fixation) is worth nothing.
    await request.session.regenerate()
    request.session.editor = result.name
    request.session.generation = account?.generation ?? 0
    request.session.portal = authenticator.portal
    request.log.info({ editor: result.name }, 'editor signed in')
    return reply.redirect(`${base}/gop-y`, 303)
  })

  app.post('/dang-xuat', { preHandler: [requireEditor, app.csrfProtection] }, async (request, reply) => {
    await request.session.destroy()
    return reply.redirect(`${base}/dang-nhap?da-dang-xuat=1`, 303)
  })

  app.post('/dang-xuat-moi-noi', { preHandler: [requireEditor, app.csrfProtection] }, async (request, reply) => {
    await store.raiseGeneration(request.session.editor!)
    await request.session.destroy()
    return reply.redirect(`${base}/dang-nhap?da-dang-xuat=1`, 303)
  })

  registerInboxRoutes(app, { base, store, requireEditor, pageSize: options.pageSize ?? 20 })
  registerContentCheckRoutes(app, { base, report: options.findings, requireEditor, pageSize: options.pageSize ?? 20 })
}
