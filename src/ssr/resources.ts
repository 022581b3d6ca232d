import { ApiError, type ApiErrorKind } from '../api/errors'

/** One resource as the server resolved it, in the hydration payload. */
export type ResourceSnapshot =
  | { state: 'ready'; data: unknown }
  | { state: 'error'; error: { kind: ApiErrorKind; message: string; status?: number } }

/**
 * The data a server render used, keyed by view and request key. The server fills it while
 * rendering; the browser reads each entry once, on hydration, so the first view shows exactly
 * what the HTML shows (no request, no flash), and every later navigation asks the API afresh.
 */
export class ResourceCache {
  private readonly entries: Map<string, ResourceSnapshot>
  /** The HTTP status the page's own data calls for (404, 502, 503, 504), or 200. */
  status = 200

  constructor(entries: Record<string, ResourceSnapshot> = {}) {
    this.entries = new Map(Object.entries(entries))
  }

  record(key: string, snapshot: ResourceSnapshot, primary: boolean): void {
    this.entries.set(key, snapshot)
    if (primary && snapshot.state === 'error') this.status = Math.max(this.status, statusOf(snapshot.error))
  }

  /** A page that does not exist (the 404 view, whatever route led to it). */
  markNotFound(): void {
    this.status = Math.max(this.status, 404)
  }

  /** The entry, once: a second view with the same key (a later visit) loads fresh. */
  take(key: string): ResourceSnapshot | undefined {
    const entry = this.entries.get(key)
    this.entries.delete(key)
    return entry
  }

  toJSON(): Record<string, ResourceSnapshot> {
    return Object.fromEntries(this.entries)
  }
}

export const resourceKey = (id: string, key: unknown): string => `${id}:${JSON.stringify(key ?? null)}`

export const snapshotError = (error: ApiError): ResourceSnapshot => ({
  state: 'error',
  error: { kind: error.kind, message: error.message, ...(error.status === undefined ? {} : { status: error.status }) },
})

export const restoreError = (snapshot: Extract<ResourceSnapshot, { state: 'error' }>): ApiError =>
  new ApiError(snapshot.error.kind, snapshot.error.message, snapshot.error.status)

/** What a failed page answers over HTTP: the truth about who failed. */
function statusOf(error: { kind: ApiErrorKind; status?: number }): number {
  if (error.kind === 'NotFound') return 404
  if (error.kind === 'BadRequest') return 400
  if (error.kind === 'Timeout') return 504
  if (error.status !== undefined && error.status >= 500) return error.status
  return 502
}
