import { DATA_IMAGE } from '../../core/patterns'

/**
 * A URL the renderer may use, or undefined. Protocol-relative URLs become https; relative ones
 * resolve against the source's site when it is known; site paths stay site paths otherwise.
 */
export function safeUrl(raw: string, kind: 'href' | 'src', baseUrl?: string): string | undefined {
  const value = raw.trim()
  if (!value || value.length > 2048) return undefined
  if (kind === 'href' && (/^(?:mailto|tel):/i.test(value) || value.startsWith('#'))) return value
  if (/^https?:\/\//i.test(value)) return value
  if (value.startsWith('//')) return `https:${value}`
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return undefined // any other scheme
  if (baseUrl) {
    try {
      const resolved = new URL(value, baseUrl)
      return /^https?:$/.test(resolved.protocol) ? resolved.href : undefined
    } catch {
      return undefined
    }
  }
  return value.startsWith('/') ? value : undefined
}

/** A picture's address: as `safeUrl`, or a base64 image carried inline (an inline SVG rebuilt). */
export function safeImageUrl(raw: string, baseUrl?: string): string | undefined {
  const value = raw.trim()
  if (value.length <= 100_000 && DATA_IMAGE.test(value)) return value
  return safeUrl(value, 'src', baseUrl)
}
