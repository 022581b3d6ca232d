import type { FeedbackPostState } from '../../core/feedbackRules'
import type { FormattedStrings } from '../i18n/serverFormatted'
import type { ResourceSnapshot } from './resources'
import { LOCALES, type Locale } from '../../core/locale'

/** What the server hands the browser for hydration, in `<script type="application/json" id="lectern-state">`. */
export interface HydrationState {
  runtime: unknown
  locale: Locale
  localeFromCookie: boolean
  draftId: string
  resources: Record<string, ResourceSnapshot>
  feedbackPost?: FeedbackPostState
  formatted: FormattedStrings
}

export const HYDRATION_ELEMENT_ID = 'lectern-state'

/** Reads the server's data; a page without it (or with it damaged) starts from defaults and loads its own data. */
export function readHydrationState(doc: Document): HydrationState {
  const fallback: HydrationState = { runtime: undefined, locale: 'vi', localeFromCookie: false, draftId: '', resources: {}, formatted: {} }
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
      formatted: onlyStrings(parsed.formatted),
    }
  } catch {
    return fallback
  }
}

/** A map of strings only: anything else in it is dropped (the browser formats those itself). */
function onlyStrings(value: unknown): FormattedStrings {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
}
