import type { FeedbackTopic } from '../../../core/feedbackRules'
import type { FeedbackStatus } from '../../feedback/store'

/** The editors' area speaks Vietnamese, as the portal's editorial office does. */
export const TOPIC_LABELS: Record<FeedbackTopic, string> = {
  'noi-dung': 'Nội dung',
  'tiep-can': 'Khả năng tiếp cận',
  'ky-thuat': 'Lỗi kỹ thuật',
  khac: 'Chủ đề khác',
}

export const STATUS_LABELS: Record<FeedbackStatus, string> = {
  new: 'Mới',
  'in-progress': 'Đang xử lý',
  answered: 'Đã trả lời',
  closed: 'Đã đóng',
}

const dateTime = new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' })
const time = new Intl.DateTimeFormat('vi-VN', { timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' })

/** Times are shown in Vietnam's time, whatever the server's zone. */
export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso))
export const formatTime = (date: Date): string => time.format(date)
