/** Every way a content request can fail, as a reader-facing kind (mapped to words in one place: i18n `errors.*`). */
export type ApiErrorKind = 'NotFound' | 'Network' | 'Timeout' | 'BadPayload' | 'Server' | 'BadRequest'

export class ApiError extends Error {
  override readonly name = 'ApiError'
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly status?: number,
    /** What the server's Retry-After asked for, when it sent one. */
    readonly retryAfterMs?: number,
  ) {
    super(message)
  }
}
