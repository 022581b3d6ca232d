import type { FeedbackPostState } from './context'
import type { ResourceSnapshot } from './resources'
import { LOCALES, type Locale } from '../stores/preferencesStorage'

/** What the server hands the browser for hydration, in `<script type="application/json" id="lectern-state">`. */
export interface HydrationState {
  runtime: unknown
  locale: Locale
  localeFromCookie: boolean
  draftId: string
  resources: Record<string, ResourceSnapshot>
  feedbackPost?: FeedbackPostState
}

export const HYDRATION_ELEMENT_ID = 'lectern-state'

/** Reads the server's data; a page without it (or with it damaged) starts from defaults and loads its own data. */
export function readHydrationState(doc: Document): HydrationState {
  const fallback: HydrationState = { runtime: undefined, locale: 'vi', localeFromCookie: false, draftId: '', resources: {} }
  const text = doc.getElementById(HYDRATION_ELEMENT_ID)?.textContent
  if (!text) return fallback
  try {
    const parsed = JSON.parse(text) as Partial<HydrationState>
    return {
      runtime: parsed.runtime,
      locale: LOCALES.includes(parsed.locale as Locale) ? (parsed.locale as Locale) : 'vi',
      localeFromCookie: parsed.localeFromCookie === true,
      draftId: typeof parsed.draftId === 'string' ? parsed.draftId : '',
      resources: typeof parsed.resources === 'object' && parsed.resources !== null ? parsed.resources : {},
      feedbackPost: parsed.feedbackPost,
    }
  } catch {
    return fallback
  }
}
