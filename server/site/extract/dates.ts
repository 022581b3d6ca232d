/**
 * Dates as portals print them, turned into ISO 8601 with the offset of the portal's time zone.
 * Vietnamese portals print day first ("10/09/2019 15:08:44", "10-9-2019", "10.09.2019 - 15:08")
 * with no zone at all; machine-readable dates (JSON-LD, `<meta>`, `<time datetime>`) carry one or
 * are read in the portal's zone too.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh'

interface WallTime { year: number; month: number; day: number; hour: number; minute: number; second: number }

const offsetFormatters = new Map<string, Intl.DateTimeFormat>()

/** The zone's offset from UTC in minutes at the instant `utcMs` (handles zones with summer time). */
function offsetMinutes(timeZone: string, utcMs: number): number {
  let formatter = offsetFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    offsetFormatters.set(timeZone, formatter)
  }
  const name = formatter.formatToParts(new Date(utcMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

function pad(n: number, width = 2): string {
  return String(Math.abs(n)).padStart(width, '0')
}

function validWallTime(t: WallTime): boolean {
  if (t.month < 1 || t.month > 12 || t.day < 1 || t.hour > 23 || t.minute > 59 || t.second > 59) return false
  if (t.year < 1990 || t.year > 2100) return false
  // Rejects 31/02 and friends: Date.UTC would roll them over into the next month.
  return new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDate() === t.day
}

/** A wall-clock time in `timeZone` as ISO 8601 with that zone's offset, e.g. `2019-09-10T15:08:44+07:00`. */
export function isoInZone(t: WallTime, timeZone: string): string {
  const asUtc = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second)
  // The offset at the wall time itself; a second look settles the hour around a summer-time change.
  const first = offsetMinutes(timeZone, asUtc)
  const offset = offsetMinutes(timeZone, asUtc - first * 60_000)
  const sign = offset < 0 ? '-' : '+'
  return `${t.year}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`
}

// Day first, as Vietnamese portals print it: 10/09/2019, 10-9-2019, 10.09.2019; the time may come
// before or after the date ("15:08 10/09/2019", "10/09/2019 - 15:08:44", "10/09/2019 lúc 15h08").
const DAY_FIRST = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/
const TIME = /(?<!\d)(\d{1,2})\s*[:hH]\s*(\d{2})(?:\s*:\s*(\d{2}))?(?!\d)/
const ISO_LIKE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:\s?(?:Z|[+-]\d{2}:?\d{2}))?$/

/** The first day-first date in free text (with its time when one is printed next to it), or undefined. */
export function parseDayFirstDate(text: string, timeZone: string): string | undefined {
  const date = DAY_FIRST.exec(text)
  if (!date) return undefined
  const around = text.slice(Math.max(0, date.index - 12), date.index) + ' ' + text.slice(date.index + date[0].length, date.index + date[0].length + 16)
  const time = TIME.exec(around)
  const wall: WallTime = {
    day: Number(date[1]), month: Number(date[2]), year: Number(date[3]),
    hour: time ? Number(time[1]) : 0, minute: time ? Number(time[2]) : 0, second: time?.[3] ? Number(time[3]) : 0,
  }
  return validWallTime(wall) ? isoInZone(wall, timeZone) : undefined
}

/**
 * A machine-readable date (`2019-09-10T08:08:44Z`, `2019-09-10`, `2019-09-10 15:08`): with an offset
 * (or `Z`) it keeps the offset the page gave (the page said which clock it meant); without one it
 * is the portal's wall time.
 */
export function parseMachineDate(value: string, timeZone: string): string | undefined {
  const text = value.trim()
  if (!ISO_LIKE.test(text)) return parseDayFirstDate(text, timeZone)
  const zone = text.length > 10 ? /(Z|[+-]\d{2}:?\d{2})$/.exec(text)?.[1] : undefined
  const [datePart = '', timePart = ''] = text.slice(0, zone ? text.length - zone.length : undefined).trim().split(/[T ]/)
  const [year, month, day] = datePart.split('-').map(Number)
  const [hour, minute, second] = (timePart || '0:0:0').split(':').map((n) => Math.floor(Number(n)))
  const wall: WallTime = { year: year ?? 0, month: month ?? 0, day: day ?? 0, hour: hour ?? 0, minute: minute ?? 0, second: second ?? 0 }
  if (!validWallTime(wall)) return undefined
  if (!zone) return isoInZone(wall, timeZone)
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}${offset}`
}

/** Labels that say which date a line gives. */
const UPDATED_LABEL = /(cập nhật|ngày cập nhật|sửa đổi|updated|last modified|modified)/i
const PUBLISHED_LABEL = /(ngày đăng|đăng lúc|đăng ngày|ngày xuất bản|xuất bản|ngày ban hành|published|posted)/i

export type DateKind = 'published' | 'updated'

/** Which date a labelled line names: "Ngày cập nhật: …" is an update, "Ngày đăng: …" a publication. */
export function dateKindOf(text: string): DateKind | undefined {
  if (PUBLISHED_LABEL.test(text)) return 'published'
  if (UPDATED_LABEL.test(text)) return 'updated'
  return undefined
}

/**
 * True when a short line of the body is only a date line ("(Cập nhật lúc: 10/09/2019 15:08:44 )",
 * "Ngày đăng: 10/09/2019", "10/09/2019 15:08"): such a line is metadata, not text to read.
 */
export function isDateLine(text: string): boolean {
  const trimmed = text.replace(/\s+/g, ' ').trim()
  if (trimmed.length > 80 || !DAY_FIRST.test(trimmed)) return false
  const rest = trimmed.replace(DAY_FIRST, ' ').replace(TIME, ' ').replace(PUBLISHED_LABEL, ' ').replace(UPDATED_LABEL, ' ')
    .replace(/(?<!\p{L})(lúc|ngày|thứ|chủ nhật|hai|ba|tư|năm|sáu|bảy|gmt|am|pm|sa|ch)(?!\p{L})/giu, ' ').replace(/[\s()[\]|:,.\-–—/+]+/g, '')
  // Anything left beyond a weekday number is prose that mentions a date: keep it.
  return rest.length <= 3
}
