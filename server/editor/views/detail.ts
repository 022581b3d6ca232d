import { h, type VNode } from 'vue'
import { ROUTE_PATHS } from '../../../core/paths'
import { FEEDBACK_STATUSES, type FeedbackEvent, type FeedbackRecord } from '../../feedback/store'
import { errorSummary, fieldParts, hidden, layout, type FieldError } from './layout'
import { formatDateTime, STATUS_LABELS, TOPIC_LABELS } from './text'

export interface DetailProps {
  base: string
  editor: { name: string; csrf: string }
  flash?: string
  errors: FieldError[]
  note: string
  item: FeedbackRecord
  events: FeedbackEvent[]
}

/** The article a reader named: a link only when it is an address on the web (never `javascript:`). */
function article(text: string | null): VNode | string {
  if (!text) return 'Không ghi'
  if (/^https?:\/\/[^\s]+$/i.test(text) || /^\/[^/\s][^\s]*$/.test(text)) return h('a', { href: text }, text)
  return h('span', [text, ' (', h('a', { href: `${ROUTE_PATHS.search}?q=${encodeURIComponent(text)}` }, 'tìm bài này'), ')'])
}

function row(term: string, value: VNode | string): VNode[] {
  return [h('dt', term), h('dd', value)]
}

function history(events: FeedbackEvent[]): VNode {
  if (events.length === 0) return h('p', 'Chưa có thay đổi hay ghi chú nào.')
  return h('ol', { class: 'history' }, events.map((e) => h('li', [
    h('time', { datetime: e.at }, formatDateTime(e.at)), ', ', h('strong', e.editor), ': ',
    e.status ? `đổi trạng thái thành "${STATUS_LABELS[e.status] ?? e.status}"` : h('span', { class: 'note' }, ['ghi chú: ', h('q', e.note ?? '')]),
  ])))
}

export function detailPage(props: DetailProps): VNode {
  const { item } = props
  const noteError = props.errors.find((e) => e.field === 'ghi-chu')?.message
  const note = fieldParts('ghi-chu', 'Ghi chú nội bộ', 'Chỉ biên tập viên đọc được; bạn đọc không thấy.', noteError)
  return layout({ title: `Góp ý ${item.reference}`, base: props.base, editor: props.editor, flash: props.flash, hasErrors: props.errors.length > 0 }, [
    h('p', h('a', { href: `${props.base}/gop-y` }, '← Về hộp thư góp ý')),
    h('h1', `Góp ý ${item.reference}`),
    errorSummary(props.errors),
    h('dl', { class: 'facts' }, [
      ...row('Ngày nhận', h('time', { datetime: item.receivedAt }, formatDateTime(item.receivedAt))),
      ...row('Chủ đề', TOPIC_LABELS[item.topic] ?? item.topic),
      ...row('Trạng thái', STATUS_LABELS[item.status] ?? item.status),
      ...row('Người gửi', item.name),
      ...row('Thư điện tử', item.email ? h('a', { href: `mailto:${item.email}` }, item.email) : 'Không để lại'),
      ...row('Bài viết liên quan', article(item.article)),
    ]),
    h('h2', 'Nội dung góp ý'),
    // Text, never markup: Vue escapes it, and CSS keeps the reader's line breaks.
    h('div', { class: 'message', lang: item.language ?? undefined }, item.message),
    h('h2', 'Xử lý'),
    h('form', { method: 'post', action: `${props.base}/gop-y/${item.reference}/trang-thai` }, [
      hidden('_csrf', props.editor.csrf),
      h('fieldset', [
        h('legend', 'Trạng thái'),
        ...FEEDBACK_STATUSES.map((s) => h('div', { class: 'choice' }, [
          h('input', { type: 'radio', id: `trang-thai-${s}`, name: 'trang-thai', value: s, checked: s === item.status }),
          h('label', { for: `trang-thai-${s}` }, STATUS_LABELS[s]),
        ])),
      ]),
      h('button', { type: 'submit' }, 'Lưu trạng thái'),
    ]),
    h('form', { method: 'post', action: `${props.base}/gop-y/${item.reference}/ghi-chu` }, [
      hidden('_csrf', props.editor.csrf),
      h('div', { class: ['field', noteError ? 'has-error' : ''] }, [note.label, ...note.extras,
        h('textarea', { id: 'ghi-chu', name: 'ghi-chu', rows: 4, maxlength: 2000, 'aria-describedby': note.describedBy,
          'aria-invalid': noteError ? 'true' : undefined }, props.note)]),
      h('button', { type: 'submit' }, 'Thêm ghi chú'),
    ]),
    h('h2', 'Lịch sử xử lý'),
    history(props.events),
  ])
}
