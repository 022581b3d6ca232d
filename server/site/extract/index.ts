/** What the rest of the site source uses from extraction. */
export { extractPage, isExtractionFailure, MAX_ELEMENTS, MAX_HTML_BYTES, MIN_WORDS, type ExtractOptions } from './extractPage'
export { loadSiteProfile, parseSiteProfile, parseSiteProfileText, SiteProfileError } from './profile'
export { DEFAULT_TIME_ZONE } from './dates'
