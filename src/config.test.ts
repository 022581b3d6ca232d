import { describe, expect, it } from 'vitest'
import { readRuntimeConfig } from './config'

const docWith = (config: object): Document =>
  ({ querySelector: () => ({ getAttribute: () => JSON.stringify(config) }) }) as unknown as Document

describe('readRuntimeConfig', () => {
  it('takes the editors\' area and the retention period the server hands over', () => {
    expect(readRuntimeConfig(docWith({ siteName: { vi: 'A', en: 'B' }, editorUrl: '/bien-tap/', feedbackRetentionDays: 90 })))
      .toMatchObject({ editorUrl: '/bien-tap/', feedbackRetentionDays: 90 })
  })

  it('refuses other relative or scripted editor links, and odd retention values', () => {
    for (const editorUrl of ['//evil.example/', 'javascript:alert(1)', '/khac/']) {
      expect(readRuntimeConfig(docWith({ editorUrl, feedbackRetentionDays: -1 }))).toMatchObject({ editorUrl: null, feedbackRetentionDays: 365 })
    }
  })
})
