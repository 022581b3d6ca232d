import { describe, expect, it } from 'vitest'
import { dateKindOf, isDateLine, isoInZone, parseDayFirstDate, parseMachineDate } from './dates'

const HCM = 'Asia/Ho_Chi_Minh'

describe('dates as Vietnamese portals print them', () => {
  it('reads day-first dates with the time before or after, in the portal’s zone', () => {
    expect(parseDayFirstDate('(Cập nhật lúc: 10/09/2019 15:08:44 )', HCM)).toBe('2019-09-10T15:08:44+07:00')
    expect(parseDayFirstDate('Ngày đăng: 1-3-2026', HCM)).toBe('2026-03-01T00:00:00+07:00')
    expect(parseDayFirstDate('15:08 10.09.2019', HCM)).toBe('2019-09-10T15:08:00+07:00')
    expect(parseDayFirstDate('Thứ ba, 10/09/2019 lúc 9h05', HCM)).toBe('2019-09-10T09:05:00+07:00')
  })

  it('refuses dates that do not exist rather than rolling them over', () => {
    expect(parseDayFirstDate('31/02/2026', HCM)).toBeUndefined()
    expect(parseDayFirstDate('12/13/2026', HCM)).toBeUndefined()
    expect(parseDayFirstDate('không có ngày', HCM)).toBeUndefined()
  })

  it('gives the offset of the zone at that date, summer time included', () => {
    expect(isoInZone({ year: 2026, month: 7, day: 1, hour: 12, minute: 0, second: 0 }, 'Europe/Paris')).toBe('2026-07-01T12:00:00+02:00')
    expect(isoInZone({ year: 2026, month: 1, day: 1, hour: 12, minute: 0, second: 0 }, 'Europe/Paris')).toBe('2026-01-01T12:00:00+01:00')
  })

  it('keeps the offset (or Z) a machine date gives, and reads one without as the portal’s wall time', () => {
    expect(parseMachineDate('2019-09-10T08:08:44Z', HCM)).toBe('2019-09-10T08:08:44Z')
    expect(parseMachineDate('2015-10-15T02:19:15.607Z', HCM)).toBe('2015-10-15T02:19:15Z')
    expect(parseMachineDate('2015-07-10 09:53:00 -0400', HCM)).toBe('2015-07-10T09:53:00-04:00')
    expect(parseMachineDate('2019-09-10T15:08:44+0700', HCM)).toBe('2019-09-10T15:08:44+07:00')
    expect(parseMachineDate('2019-09-10T25:08:44Z', HCM)).toBeUndefined()
    expect(parseMachineDate('2019-09-10 15:08', HCM)).toBe('2019-09-10T15:08:00+07:00')
    expect(parseMachineDate('2019-09-10', HCM)).toBe('2019-09-10T00:00:00+07:00')
    expect(parseMachineDate('10/09/2019', HCM)).toBe('2019-09-10T00:00:00+07:00')
  })

  it('tells a publication line from an update line', () => {
    expect(dateKindOf('Ngày đăng: 10/09/2019')).toBe('published')
    expect(dateKindOf('Cập nhật lúc: 10/09/2019')).toBe('updated')
    expect(dateKindOf('Ngày cập nhật 10/09/2019')).toBe('updated')
    expect(dateKindOf('10/09/2019')).toBeUndefined()
  })

  it('knows a date line from prose that mentions a date', () => {
    expect(isDateLine('(Cập nhật lúc: 10/09/2019 15:08:44 )')).toBe(true)
    expect(isDateLine('Thứ Ba, 10/09/2019 - 15:08 GMT+7')).toBe(true)
    expect(isDateLine('Ngày 10/09/2019, tỉnh tổ chức hội nghị sơ kết.')).toBe(false)
  })
})
