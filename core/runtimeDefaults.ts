import type { RuntimeConfig } from './types'

/**
 * The run-time configuration's defaults, written once: the server starts from them when the
 * environment says nothing, and the app falls back to them when the hydration data lacks a field.
 */
export const DEFAULT_RUNTIME_CONFIG: RuntimeConfig = {
  siteName: { vi: 'Cổng thông tin điện tử Bắc Kạn', en: 'Bắc Kạn Provincial e-Portal' },
  contentSource: 'lectern',
  // The app alone knows no editors' area; the server links its own (EDITOR_AREA_PATH) unless EDITOR_URL names another.
  editorUrl: null,
  feedbackRetentionDays: 365,
}
