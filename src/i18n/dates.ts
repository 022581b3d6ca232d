import { dateTimeFormat } from './formats'
import type { Locale } from '../../core/locale'

const TIME_ZONE = 'Asia/Ho_Chi_Minh'

/**
 * A date and time as a person would say it, which is also how a screen reader should read it:
 * "15 giờ 08, ngày 10 tháng 9 năm 2019" rather than "15:08 10/09/2019" (read out as digits and
 * slashes). Always in Vietnam's time, where the portal publishes.
 */
export function spokenDateTime(iso: string, locale: Locale): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  if (locale === 'en') {
    return dateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(date)
  }
  const parts = Object.fromEntries(
    dateTimeFormat('vi-VN', {
      year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE,
    }).formatToParts(date).map((p) => [p.type, p.value]),
  )
  return `${parts.hour} giờ ${parts.minute}, ngày ${parts.day} tháng ${parts.month} năm ${parts.year}`
}
