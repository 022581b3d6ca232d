import { isTopic } from '../../core/feedbackRules'
import { isStatus, type FeedbackFilter } from '../feedback/store'
import type { FieldError } from './views/layout'

/** The inbox's query string, named as the filter form's fields are (all text, as typed). */
export interface InboxQuery {
  tim: string
  'chu-de': string
  'trang-thai': string
  'tu-ngay': string
  'den-ngay': string
  'thu-tu': string
  trang: string
}

const KEYS: (keyof InboxQuery)[] = ['tim', 'chu-de', 'trang-thai', 'tu-ngay', 'den-ngay', 'thu-tu', 'trang']

export function readInboxQuery(raw: Record<string, unknown>): InboxQuery {
  const value = (key: string): string => {
    const v = raw[key]
    return typeof v === 'string' ? v.trim().slice(0, 200) : ''
  }
  return Object.fromEntries(KEYS.map((k) => [k, value(k)])) as unknown as InboxQuery
}

/** A calendar day in Vietnam's time (UTC+7) as the UTC instant it starts at; undefined if not a real date. */
function dayStart(text: string, plusDays = 0): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return undefined
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(y, m - 1, d + plusDays, -7))
  const check = new Date(Date.UTC(y, m - 1, d))
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined
  return date.toISOString()
}

/**
 * Turns the query into a store filter, or into messages saying which value is wrong and how to
 * fix it. Only listed topics and statuses pass: nothing else reaches the store.
 */
export function toFilter(query: InboxQuery): { filter: FeedbackFilter; errors: FieldError[] } {
  const errors: FieldError[] = []
  const filter: FeedbackFilter = { order: query['thu-tu'] === 'cu-nhat' ? 'oldest' : 'newest' }
  if (query.tim) filter.text = query.tim
  if (query['chu-de']) {
    if (isTopic(query['chu-de'])) filter.topic = query['chu-de']
    else errors.push({ field: 'chu-de', message: 'Chọn một chủ đề trong danh sách' })
  }
  if (query['trang-thai']) {
    if (isStatus(query['trang-thai'])) filter.status = query['trang-thai']
    else errors.push({ field: 'trang-thai', message: 'Chọn một trạng thái trong danh sách' })
  }
  if (query['tu-ngay']) {
    filter.from = dayStart(query['tu-ngay'])
    if (!filter.from) errors.push({ field: 'tu-ngay', message: 'Nhập "Từ ngày" dạng năm-tháng-ngày, ví dụ 2026-11-30' })
  }
  if (query['den-ngay']) {
    filter.to = dayStart(query['den-ngay'], 1)
    if (!filter.to) errors.push({ field: 'den-ngay', message: 'Nhập "Đến ngày" dạng năm-tháng-ngày, ví dụ 2026-11-30' })
  }
  if (filter.from && filter.to && filter.from >= filter.to) errors.push({ field: 'den-ngay', message: '"Đến ngày" phải từ "Từ ngày" trở đi' })
  return { filter, errors }
}

export function pageNumber(query: InboxQuery): number {
  const n = Number(query.trang)
  return Number.isInteger(n) && n >= 1 ? n : 1
}

/** The query string for the same filters with some values changed; empty values are left out. */
export function queryString(query: InboxQuery, change: Partial<InboxQuery> = {}): string {
  const merged = { ...query, ...change }
  const params = new URLSearchParams()
  for (const key of KEYS) {
    const value = merged[key]
    if (!value || (key === 'trang' && value === '1') || (key === 'thu-tu' && value === 'moi-nhat')) continue
    params.set(key, value)
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}
