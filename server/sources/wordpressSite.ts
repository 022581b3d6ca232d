import * as v from 'valibot'
import type { Localized, RuntimeConfig } from '../../core/types'
import { htmlToText } from '../content/parse'
import { getUpstreamJson } from './upstream'

/** The REST index (`/wp-json/`) names the site: the "Site Title" and "Tagline" of its settings. */
const WpIndex = v.looseObject({ name: v.optional(v.string(), ''), description: v.optional(v.string(), '') })

/**
 * The portal's name and description as its WordPress says them, for a deployment that did not
 * set `SITE_NAME_VI` / `SITE_NAME_EN`. One language only (WordPress has one Site Title), so both
 * locales get it. Undefined when the site does not answer: Lectern still starts, with its defaults.
 */
export async function fetchWordPressIdentity(apiUrl: string, timeoutMs: number,
  fetchImpl?: typeof fetch): Promise<{ name: string; description: string } | undefined> {
  const result = await getUpstreamJson(new URL(`${apiUrl.replace(/\/+$/, '')}/`), WpIndex, { timeoutMs, maxBytes: 4 * 1024 * 1024, ...(fetchImpl ? { fetch: fetchImpl } : {}) })
  if (!result?.ok) return undefined
  return { name: htmlToText(result.body.name), description: htmlToText(result.body.description) }
}

/** The run-time configuration with the WordPress site's name and description where the environment set none. */
export async function withWordPressIdentity(runtime: RuntimeConfig, env: NodeJS.ProcessEnv, apiUrl: string, timeoutMs: number,
  fetchImpl?: typeof fetch): Promise<RuntimeConfig> {
  if (env.SITE_NAME_VI || env.SITE_NAME_EN) return runtime
  const identity = await fetchWordPressIdentity(apiUrl, timeoutMs, fetchImpl)
  if (!identity?.name) return runtime
  const both = (text: string): Localized => ({ vi: text, en: text })
  return { ...runtime, siteName: both(identity.name), siteDescription: identity.description ? both(identity.description) : null }
}
