import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { isRule, isSeverity, type FindingsFilter } from '../contentCheck/findings'
import { findingsCsv } from '../contentCheck/formats'
import type { FindingsReport } from '../contentCheck/report'
import { sendPage } from './reply'
import { articleFindingsPage, contentCheckPage, type ContentCheckQuery } from './views/contentCheck'
import type { FieldError } from './views/layout'
import { messagePage } from './views/message'

interface ContentCheckRouteOptions {
  base: string
  report: FindingsReport | undefined
  requireEditor: (request: FastifyRequest, reply: FastifyReply) => Promise<void>
  pageSize: number
}

const CSV_HEADER = ['Bài viết (slug)', 'Tiêu đề', 'Địa chỉ gốc', 'Quy tắc', 'Mức độ', 'Hướng dẫn sửa', 'Đoạn trích']

function readQuery(raw: Record<string, unknown>): ContentCheckQuery {
  const value = (key: string): string => (typeof raw[key] === 'string' ? raw[key].trim().slice(0, 100) : '')
  return { 'quy-tac': value('quy-tac'), 'muc-do': value('muc-do'), trang: value('trang') }
}

/** The filter, or what is wrong with it: only known rules and severities reach the store. */
function toFilter(query: ContentCheckQuery): { filter: FindingsFilter; errors: FieldError[] } {
  const errors: FieldError[] = []
  const filter: FindingsFilter = {}
  if (query['quy-tac'] && !isRule(query['quy-tac'])) errors.push({ field: 'quy-tac', message: 'Chọn một quy tắc trong danh sách' })
  else if (query['quy-tac']) filter.rule = query['quy-tac']
  if (query['muc-do'] && !isSeverity(query['muc-do'])) errors.push({ field: 'muc-do', message: 'Chọn mức độ "Lỗi" hoặc "Cảnh báo"' })
  else if (isSeverity(query['muc-do'])) filter.severity = query['muc-do']
  return { filter, errors }
}

const queryString = (query: ContentCheckQuery, change: Partial<ContentCheckQuery> = {}): string => {
  const params = new URLSearchParams(Object.entries({ ...query, ...change }).filter(([, v]) => v !== '' && v !== '1'))
  const text = params.toString()
  return text ? `?${text}` : ''
}

/** "Kiểm tra nội dung / Content check": the stored findings, counted, listed, filtered and exported. */
export function registerContentCheckRoutes(app: FastifyInstance, { base, report, requireEditor, pageSize }: ContentCheckRouteOptions): void {
  const guarded = { preHandler: requireEditor }
  const editorOf = (request: FastifyRequest, reply: FastifyReply) => ({ name: request.session.editor!, csrf: reply.generateCsrf() })

  app.get('/kiem-tra-noi-dung', guarded, async (request, reply) => {
    const query = readQuery(request.query as Record<string, unknown>)
    const { filter, errors } = toFilter(query)
    const wanted = Math.max(1, Math.min(10_000, Number.parseInt(query.trang, 10) || 1))
    const list = (page: number) => (report && !errors.length ? report.articles(filter, { offset: (page - 1) * pageSize,
      limit: pageSize }) : { total: 0, items: [] })
    let result = list(wanted)
    const pages = Math.max(1, Math.ceil(result.total / pageSize))
    const page = Math.min(wanted, pages)
    if (page !== wanted) result = list(page)
    const shown = { ...query, trang: String(page) }
    return sendPage(reply, () => contentCheckPage({
      base, editor: editorOf(request, reply), query: shown, errors, counts: report?.ruleCounts(),
      articles: result.items, total: result.total, page, pages,
      href: (change) => `${base}/kiem-tra-noi-dung${queryString(shown, change)}`,
      exportHref: `${base}/kiem-tra-noi-dung.csv${queryString({ ...query, trang: '' })}`,
    }), errors.length ? 400 : 200)
  })

  app.get('/kiem-tra-noi-dung.csv', guarded, async (request, reply) => {
    const query = readQuery(request.query as Record<string, unknown>)
    const { filter, errors } = toFilter(query)
    if (errors.length || !report) return reply.redirect(`${base}/kiem-tra-noi-dung${queryString(query)}`, 303)
    const articles = report.all(filter)
    const day = new Date().toISOString().slice(0, 10)
    request.log.info({ editor: request.session.editor, articles: articles.length }, 'content findings exported')
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="kiem-tra-noi-dung-${day}.csv"`)
      .send(findingsCsv(articles, CSV_HEADER))
  })

  app.get<{ Params: { slug: string } }>('/kiem-tra-noi-dung/:slug', guarded, async (request, reply) => {
    const article = report?.article(request.params.slug)
    if (!article) {
      return sendPage(reply, () => messagePage({
        base, title: 'Không tìm thấy bài viết', text: 'Không có bài viết nào mang địa chỉ này trong kết quả kiểm tra. Có thể bài đã bị xoá hoặc đổi địa chỉ.',
        link: { href: `${base}/kiem-tra-noi-dung`, text: 'Về báo cáo kiểm tra nội dung' },
      }), 404)
    }
    return sendPage(reply, () => articleFindingsPage({ base, editor: editorOf(request, reply), article }))
  })
}
