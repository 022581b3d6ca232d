import { startLectern } from '../../test/realWordpress/lectern'

/**
 * The real start command (`server/main.ts`, the built app in `dist/`) with CONTENT_SOURCE=site,
 * on a free loopback port; resolves once the first sync is done and Lectern says it is ready.
 */
export const startLecternForSite = (siteUrl: string, env: Record<string, string> = {}) =>
  startLectern({ CONTENT_SOURCE: 'site', SITE_URL: siteUrl, SITE_RATE: '50', OVERLOAD_EVENT_LOOP_DELAY_MS: '0', ...env })
