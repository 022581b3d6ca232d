import { describe, expect, it } from 'vitest'
import { FEEDBACK_LIMITS, validateFeedback, type FeedbackFields } from './feedbackRules'

const valid: FeedbackFields = { name: 'Nguyễn Văn A', email: '', topic: 'tiep-can', article: '', message: 'Trang chủ khó đọc trên điện thoại.' }

describe('validateFeedback', () => {
  it('accepts a complete form with the optional fields left empty', () => {
    expect(validateFeedback(valid)).toEqual([])
  })

  it('lists every problem in the order the fields appear on the page', () => {
    expect(validateFeedback({ name: '  ', email: 'khong-phai-email', topic: '', article: '', message: '\n' })).toEqual([
      { field: 'name', code: 'required' },
      { field: 'email', code: 'email' },
      { field: 'topic', code: 'topic' },
      { field: 'message', code: 'required' },
    ])
  })

  it('refuses text over each limit and accepts text at it', () => {
    for (const field of ['name', 'article', 'message'] as const) {
      const limit = FEEDBACK_LIMITS[field]
      expect(validateFeedback({ ...valid, [field]: 'a'.repeat(limit) })).toEqual([])
      expect(validateFeedback({ ...valid, [field]: 'a'.repeat(limit + 1) })).toEqual([{ field, code: 'tooLong' }])
    }
    expect(validateFeedback({ ...valid, email: `${'a'.repeat(250)}@x.vn` })).toEqual([{ field: 'email', code: 'tooLong' }])
  })

  it('accepts ordinary addresses, Vietnamese names included, and refuses malformed ones', () => {
    for (const email of ['a@b.vn', 'ten.ho+gopy@so-tt.backan.gov.vn']) expect(validateFeedback({ ...valid, email })).toEqual([])
    for (const email of ['a@b', 'a b@c.vn', '@c.vn', 'a@@c.vn']) {
      expect(validateFeedback({ ...valid, email }), email).toEqual([{ field: 'email', code: 'email' }])
    }
  })

  it('refuses a topic that is not on the list', () => {
    expect(validateFeedback({ ...valid, topic: 'spam' as FeedbackFields['topic'] })).toEqual([{ field: 'topic', code: 'topic' }])
  })
})
