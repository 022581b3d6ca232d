/** The one place the sync meets extraction (server/site/extract/): swapped in tests that need a fake. */
import type { ExtractedPage, ExtractionFailure, SiteProfile } from '../types'
import { extractPage } from '../extract/extractPage'

export type Extract = (html: string, url: string, profile: SiteProfile) => ExtractedPage | ExtractionFailure

export const extract: Extract = (html, url, profile) => extractPage(html, url, profile)

export { loadSiteProfile as loadProfile } from '../extract/profile'
