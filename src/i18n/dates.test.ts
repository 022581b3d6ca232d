import { describe, expect, it } from 'vitest'
import { spokenDateTime } from './dates'

describe('spokenDateTime', () => {
  it('says Vietnamese dates in words a screen reader reads naturally, in Vietnam time', () => {
    expect(spokenDateTime('2019-09-10T15:08:44+07:00', 'vi')).toBe('15 giờ 08, ngày 10 tháng 9 năm 2019')
    expect(spokenDateTime('2019-09-10T01:05:00Z', 'vi')).toBe('8 giờ 05, ngày 10 tháng 9 năm 2019')
  })

  it('uses the long English form', () => {
    expect(spokenDateTime('2019-09-10T15:08:44+07:00', 'en')).toBe('10 September 2019 at 15:08')
  })

  it('returns an unreadable value as it came rather than "Invalid Date"', () => {
    expect(spokenDateTime('not a date', 'vi')).toBe('not a date')
  })
})
