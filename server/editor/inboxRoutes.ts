import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { EMAIL_PATTERN } from '../../core/feedbackRules'
import { isStatus, type FeedbackStore } from '../feedback/store'
import { feedbackCsv } from './csv'
import { pageNumber, queryString, readInboxQuery, toFilter } from './inboxQuery'
import { sendPage, takeFlash } from './reply'
import { detailPage } from './views/detail'
import { eraseConfirmPage, erasePage } from './views/erase'
import { inboxPage } from './views/inbox'
import { messagePage } from './views/message'
import { STATUS_LABELS } from './views/text'

interface InboxRouteOptions {
  base: string
  store: FeedbackStore
  requireEditor: (request: FastifyRequest, reply: FastifyReply) => Promise<void>
  pageSize: number
}

const REFERENCE = /^GY-\d{4}-\d{6,}$/
const MAX_EXPORT = 50_000

export function registerInboxRoutes(app: FastifyInstance, { base, store, requireEditor, pageSize }: InboxRouteOptions): void {
  const guarded = { preHandler: requireEditor }
  const changing = { preHandler: [requireEditor, app.csrfProtection] }
  const editorOf = (request: FastifyRequest, reply: FastifyReply) => ({ name: request.session.editor!, csrf: reply.generateCsrf() })
  const notFound = (reply: FastifyReply) => sendPage(reply, () => messagePage({
    base, title: 'Không tìm thấy góp ý', text: 'Không có góp ý nào mang số tham chiếu này. Có thể nó đã bị xoá theo thời hạn lưu giữ hoặc theo yêu cầu.',
    link: { href: `${base}/gop-y`, text: 'Về hộp thư góp ý' },
  }), 404)

  app.get('/gop-y', guarded, async (request, reply) => {
    const query = readInboxQuery(request.query as Record<string, unknown>)
    const { filter, errors } = toFilter(query)
    const wanted = pageNumber(query)
    // A filter in error lists nothing rather than something the editor did not ask for.
    let result = errors.length ? { total: 0, items: [] } : await store.list(filter, { offset: (wanted - 1) * pageSize, limit: pageSize })
    const pages = Math.max(1, Math.ceil(result.total / pageSize))
    const page = Math.min(wanted, pages)
    if (page !== wanted) result = await store.list(filter, { offset: (page - 1) * pageSize, limit: pageSize })
    const editor = editorOf(request, reply)
    const flash = takeFlash(request)
    return sendPage(reply, () => inboxPage({
      base, editor, flash, query: { ...query, trang: String(page) }, errors, items: result.items, total: result.total, page, pages,
      href: (change) => `${base}/gop-y${queryString({ ...query, trang: String(page) }, change)}`,
      exportHref: `${base}/gop-y.csv${queryString({ ...query, trang: '' })}`,
    }), errors.length ? 400 : 200)
  })

  app.get('/gop-y.csv', guarded, async (request, reply) => {
    const { filter, errors } = toFilter(readInboxQuery(request.query as Record<string, unknown>))
    if (errors.length) return reply.redirect(`${base}/gop-y${queryString(readInboxQuery(request.query as Record<string, unknown>))}`, 303)
    const { items } = await store.list(filter, { offset: 0, limit: MAX_EXPORT })
    const day = new Date().toISOString().slice(0, 10)
    request.log.info({ editor: request.session.editor, rows: items.length }, 'feedback exported')
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="gop-y-${day}.csv"`).send(feedbackCsv(items))
  })

  app.get<{ Params: { reference: string } }>('/gop-y/:reference', guarded, async (request, reply) => {
    const { reference } = request.params
    const item = REFERENCE.test(reference) ? await store.find(reference) : undefined
    if (!item) return notFound(reply)
    const events = await store.events(reference)
    const editor = editorOf(request, reply)
    const flash = takeFlash(request)
    return sendPage(reply, () => detailPage({ base, editor, flash, errors: [], note: '', item, events }))
  })

  app.post<{ Params: { reference: string }; Body: { 'trang-thai'?: string } }>('/gop-y/:reference/trang-thai', changing, async (request, reply) => {
    const { reference } = request.params
    const status = String(request.body?.['trang-thai'] ?? '')
    if (!isStatus(status)) {
      request.session.flash = 'Chưa đổi trạng thái: hãy chọn một trạng thái trong danh sách.'
      return reply.redirect(`${base}/gop-y/${encodeURIComponent(reference)}`, 303)
    }
    if (!REFERENCE.test(reference) || !(await store.setStatus(reference, status, request.session.editor!))) return notFound(reply)
    request.session.flash = `Đã đổi trạng thái thành "${STATUS_LABELS[status]}".`
    return reply.redirect(`${base}/gop-y/${reference}`, 303)
  })

  app.post<{ Params: { reference: string }; Body: { 'ghi-chu'?: string } }>('/gop-y/:reference/ghi-chu', changing, async (request, reply) => {
    const { reference } = request.params
    const note = String(request.body?.['ghi-chu'] ?? '').trim()
    const item = REFERENCE.test(reference) ? await store.find(reference) : undefined
    if (!item) return notFound(reply)
    if (!note || note.length > 2000) {
      // What the editor typed comes back in the field: nothing is lost to a mistake.
      const message = note ? 'Ghi chú phải có tối đa 2.000 ký tự' : 'Nhập nội dung ghi chú'
      const events = await store.events(reference)
      const editor = editorOf(request, reply)
      return sendPage(reply, () => detailPage({ base, editor, errors: [{ field: 'ghi-chu', message }], note, item, events }), 400)
    }
    await store.addNote(reference, note, request.session.editor!)
    request.session.flash = 'Đã thêm ghi chú.'
    return reply.redirect(`${base}/gop-y/${reference}`, 303)
  })

  app.get('/xoa-du-lieu', guarded, async (request, reply) => {
    const erasures = await store.erasures()
    const editor = editorOf(request, reply)
    const flash = takeFlash(request)
    return sendPage(reply, () => erasePage({ base, editor, flash, email: '', errors: [], erasures }))
  })

  const emailError = (email: string): string | undefined =>
    !email ? 'Nhập địa chỉ thư điện tử' : !EMAIL_PATTERN.test(email) || email.length > 254 ? 'Nhập địa chỉ thư điện tử đúng dạng, ví dụ ten@example.vn' : undefined

  app.post<{ Body: { 'thu-dien-tu'?: string } }>('/xoa-du-lieu', changing, async (request, reply) => {
    const email = String(request.body?.['thu-dien-tu'] ?? '').trim()
    const error = emailError(email)
    const editor = editorOf(request, reply)
    if (error) {
      const erasures = await store.erasures()
      return sendPage(reply, () => erasePage({ base, editor, email, errors: [{ field: 'thu-dien-tu', message: error }], erasures }), 400)
    }
    const count = await store.countByEmail(email)
    if (count === 0) {
      const erasures = await store.erasures()
      return sendPage(reply, () => erasePage({ base, editor, email, erasures,
        errors: [{ field: 'thu-dien-tu', message: 'Không có góp ý nào gửi kèm địa chỉ này: không có gì để xoá' }] }), 404)
    }
    return sendPage(reply, () => eraseConfirmPage({ base, editor, email, count }))
  })

  app.post<{ Body: { 'thu-dien-tu'?: string } }>('/xoa-du-lieu/xac-nhan', changing, async (request, reply) => {
    const email = String(request.body?.['thu-dien-tu'] ?? '').trim()
    if (emailError(email)) return reply.redirect(`${base}/xoa-du-lieu`, 303)
    const count = await store.eraseByEmail(email, request.session.editor!)
    // The log says that an erasure happened, never whose.
    request.log.info({ editor: request.session.editor, count }, 'personal data erased on request')
    request.session.flash = `Đã xoá vĩnh viễn ${count} góp ý.`
    return reply.redirect(`${base}/xoa-du-lieu`, 303)
  })
}
