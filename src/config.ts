import type { RuntimeConfig } from './api/types'

export const DEFAULT_RUNTIME_CONFIG: RuntimeConfig = {
  siteName: { vi: 'Cổng thông tin điện tử Bắc Kạn', en: 'Bắc Kạn Provincial e-Portal' },
  contentSource: 'lectern',
  editorUrl: null,
}

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
  return { siteName, siteDescription, contentSource: parsed.contentSource === 'wordpress' ? 'wordpress' : 'lectern', editorUrl }
}
