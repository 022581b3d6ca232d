import type { RuntimeConfig } from './api/types'

const DEFAULTS: RuntimeConfig = {
  siteName: { vi: 'Cổng thông tin điện tử Bắc Kạn', en: 'Bắc Kạn Provincial e-Portal' },
  contentSource: 'lectern',
  editorUrl: null,
  feedbackRetentionDays: 365,
}

/**
 * The run-time configuration the server wrote into the shell's `lectern-config` meta tag
 * (one build serves any deployment). Missing or unreadable (the dev server) means defaults.
 */
export function readRuntimeConfig(doc: Document = document): RuntimeConfig {
  const raw = doc.querySelector('meta[name="lectern-config"]')?.getAttribute('content')
  if (!raw) return DEFAULTS
  try {
    const parsed = JSON.parse(raw) as Partial<RuntimeConfig>
    // An external address, or Lectern's own editors' area.
    const editorUrl = typeof parsed.editorUrl === 'string' && /^(https?:\/\/|\/bien-tap\/$)/.test(parsed.editorUrl) ? parsed.editorUrl : null
    const siteName = parsed.siteName && typeof parsed.siteName.vi === 'string' && typeof parsed.siteName.en === 'string'
      ? parsed.siteName
      : DEFAULTS.siteName
    const days = parsed.feedbackRetentionDays
    const feedbackRetentionDays = typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : DEFAULTS.feedbackRetentionDays
    return { siteName, contentSource: parsed.contentSource === 'wordpress' ? 'wordpress' : 'lectern', editorUrl, feedbackRetentionDays }
  } catch {
    return DEFAULTS
  }
}

export const runtimeConfig = readRuntimeConfig()
