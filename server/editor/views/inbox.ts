import { h, type VNode } from 'vue'
import { FEEDBACK_TOPICS } from '../../../core/feedbackRules'
import { FEEDBACK_STATUSES, type FeedbackRecord } from '../../feedback/store'
import type { InboxQuery } from '../inboxQuery'
import { paging, select } from './controls'
import { errorSummary, fieldParts, layout, type FieldError } from './layout'
import { formatDateTime, STATUS_LABELS, TOPIC_LABELS } from './text'

export interface InboxProps {
  base: string
  editor: { name: string; csrf: string }
  flash?: string
  query: InboxQuery
  errors: FieldError[]
  items: FeedbackRecord[]
  total: number
  page: number
  pages: number
  /** Builds the inbox's address for the same filters with some values changed. */
  href: (change: Partial<InboxQuery>) => string
  exportHref: string
}

const excerpt = (text: string): string => (text.length > 120 ? `${text.slice(0, 119)}…` : text)

function input(id: string, label: string, type: string, value: string, error?: string, hint?: string): VNode {
  const parts = fieldParts(id, label, hint, error)
  // A date field cannot hold a wrong date: show what was typed as text, beside its error, to fix it.
  const shown = type === 'date' && value && !/^\d{4}-\d{2}-\d{2}$/.test(value) ? 'text' : type
  return h('div', { class: 'field' }, [parts.label, ...parts.extras,
    h('input', { id, name: id, type: shown, value, 'aria-describedby': parts.describedBy, 'aria-invalid': error ? 'true' : undefined })])
}

function filters(props: InboxProps): VNode {
  const error = (field: string): string | undefined => props.errors.find((e) => e.field === field)?.message
  const q = props.query
  return h('form', { method: 'get', action: `${props.base}/gop-y`, class: 'filters', role: 'search', 'aria-label': 'Lọc góp ý' }, [
    input('tim', 'Tìm theo số tham chiếu hoặc nội dung', 'search', q.tim, error('tim')),
    select('chu-de', 'Chủ đề', q['chu-de'], FEEDBACK_TOPICS.map((t) => [t, TOPIC_LABELS[t]]), error('chu-de')),
    select('trang-thai', 'Trạng thái', q['trang-thai'], FEEDBACK_STATUSES.map((s) => [s, STATUS_LABELS[s]]), error('trang-thai')),
    input('tu-ngay', 'Từ ngày', 'date', q['tu-ngay'], error('tu-ngay'), 'Ví dụ: 2026-11-30'),
    input('den-ngay', 'Đến ngày', 'date', q['den-ngay'], error('den-ngay'), 'Ví dụ: 2026-11-30'),
    q['thu-tu'] === 'cu-nhat' ? h('input', { type: 'hidden', name: 'thu-tu', value: 'cu-nhat' }) : null,
    h('div', { class: 'actions' }, [h('button', { type: 'submit' }, 'Lọc'), h('a', { href: `${props.base}/gop-y` }, 'Bỏ lọc')]),
  ])
}

function table(props: InboxProps): VNode {
  const newest = props.query['thu-tu'] !== 'cu-nhat'
  const order = newest ? 'mới nhất trước' : 'cũ nhất trước'
  return h('div', { class: 'table-wrap', role: 'region', 'aria-labelledby': 'bang-gop-y', tabindex: '0' }, h('table', [
    h('caption', { id: 'bang-gop-y' }, `Góp ý, ${order}: trang ${props.page} trên ${props.pages} (${props.total} góp ý)`),
    h('thead', h('tr', [
      h('th', { scope: 'col' }, 'Số tham chiếu'),
      h('th', { scope: 'col', 'aria-sort': newest ? 'descending' : 'ascending' },
        h('a', { href: props.href({ 'thu-tu': newest ? 'cu-nhat' : 'moi-nhat', trang: '1' }) },
          ['Ngày nhận', h('span', { class: 'visually-hidden' }, newest ? ', bấm để xếp cũ nhất trước' : ', bấm để xếp mới nhất trước')])),
      h('th', { scope: 'col' }, 'Chủ đề'),
      h('th', { scope: 'col' }, 'Trạng thái'),
      h('th', { scope: 'col' }, 'Nội dung'),
    ])),
    h('tbody', props.items.map((item) => h('tr', [
      h('th', { scope: 'row' }, h('a', { href: `${props.base}/gop-y/${item.reference}` }, item.reference)),
      h('td', h('time', { datetime: item.receivedAt }, formatDateTime(item.receivedAt))),
      h('td', TOPIC_LABELS[item.topic] ?? item.topic),
      h('td', { class: `status status-${item.status}` }, STATUS_LABELS[item.status] ?? item.status),
      h('td', excerpt(item.message)),
    ]))),
  ]))
}

export function inboxPage(props: InboxProps): VNode {
  const filtered = Boolean(props.query.tim || props.query['chu-de'] || props.query['trang-thai'] || props.query['tu-ngay'] || props.query['den-ngay'])
  return layout({ title: 'Hộp thư góp ý', base: props.base, editor: props.editor, flash: props.flash, hasErrors: props.errors.length > 0 }, [
    h('h1', 'Hộp thư góp ý'),
    errorSummary(props.errors),
    filters(props),
    props.items.length === 0
      ? h('p', { class: 'empty' }, filtered || props.errors.length ? 'Không có góp ý nào khớp với bộ lọc.' : 'Chưa có góp ý nào.')
      : table(props),
    paging(props.page, props.pages, (n) => props.href({ trang: String(n) })),
    props.total > 0 ? h('p', h('a', { href: props.exportHref, download: '' }, `Tải về ${props.total} góp ý đang lọc (CSV, không có họ tên và thư điện tử)`)) : null,
  ])
}
