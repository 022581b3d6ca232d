import type { FeedbackRecord } from '../feedback/store'
import { STATUS_LABELS, TOPIC_LABELS } from './views/text'

/**
 * A spreadsheet would run a cell that starts with = + - @ (or a tab or carriage return) as a
 * formula: such a cell gets a leading apostrophe, which shows as text.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

const HEADER = ['Số tham chiếu', 'Ngày nhận (UTC)', 'Chủ đề', 'Trạng thái', 'Ngôn ngữ', 'Bài viết liên quan', 'Nội dung']

/**
 * The export: UTF-8 with a byte-order mark (so Excel reads Vietnamese right), CRLF rows, and no
 * name or e-mail address: a report needs what was said, not who said it.
 */
export function feedbackCsv(items: FeedbackRecord[]): string {
  const rows = items.map((f) => [f.reference, f.receivedAt, TOPIC_LABELS[f.topic] ?? f.topic, STATUS_LABELS[f.status] ?? f.status,
    f.language ?? '', f.article ?? '', f.message])
  return `\uFEFF${[HEADER, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
}
