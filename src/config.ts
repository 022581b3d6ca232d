import type { RuntimeConfig } from '../core/types'
import { DEFAULT_RUNTIME_CONFIG } from '../core/runtimeDefaults'

/**
 * The run-time configuration the server wrote into the hydration data (one build serves any
 * deployment), checked field by field: anything missing or odd means the default.
 */
export function parseRuntimeConfig(raw: unknown): RuntimeConfig {
  if (typeof raw !== 'object' || raw === null) return DEFAULT_RUNTIME_CONFIG
  const parsed = raw as Partial<RuntimeConfig>
  const editorUrl = typeof parsed.editorUrl === 'string' && /^(https?:\/\/|\/)/.test(parsed.editorUrl) ? parsed.editorUrl : null
  const siteName = parsed.siteName && typeof parsed.siteName.vi === 'string' && typeof parsed.siteName.en === 'string'
    ? parsed.siteName
    : DEFAULT_RUNTIME_CONFIG.siteName
  const siteDescription = parsed.siteDescription && typeof parsed.siteDescription.vi === 'string' && typeof parsed.siteDescription.en === 'string'
    ? parsed.siteDescription
    : null
  const days = parsed.feedbackRetentionDays
  const feedbackRetentionDays = typeof days === 'number' && Number.isInteger(days) && days > 0 ? days : DEFAULT_RUNTIME_CONFIG.feedbackRetentionDays
  return { siteName, siteDescription, contentSource: parsed.contentSource === 'wordpress' ? 'wordpress' : 'lectern', editorUrl, feedbackRetentionDays }
}
