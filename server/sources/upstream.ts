import * as v from 'valibot'

/**
 * A content source behind Lectern failed: 504 when it did not answer in time, 502 for anything
 * else it did wrong (unreachable, an error status, not JSON, the wrong shape, too big). The
 * message is the problem's `detail`: it names the source and what went wrong, never a secret.
 */
export class UpstreamError extends Error {
  override readonly name = 'UpstreamError'
  constructor(
    readonly status: 502 | 504,
    message: string,
  ) {
    super(message)
  }
}

/** A validated answer, or (for a status the caller said it handles) the raw error answer. */
export type UpstreamResult<T> =
  | { ok: true; body: T; headers: Headers }
  | { ok: false; status: number; body: unknown }

export interface UpstreamOptions {
  /** Per request, headers and body together. */
  timeoutMs: number
  /** A larger answer is refused rather than parsed (a runaway list, a hostile server). */
  maxBytes: number
  fetch?: typeof fetch
}

const cause = (error: unknown): string => {
  const code = (error as { cause?: { code?: string } })?.cause?.code
  return code ?? (error instanceof Error ? error.message : String(error))
}

/**
 * GET JSON from an upstream source with a timeout and a size limit, validated by `schema`.
 * 404 answers `undefined`; `acceptStatus` lets a caller read other error answers itself.
 */
export async function getUpstreamJson<S extends v.GenericSchema>(
  url: URL,
  schema: S,
  options: UpstreamOptions,
  acceptStatus: (status: number) => boolean = () => false,
): Promise<UpstreamResult<v.InferOutput<S>> | undefined> {
  const where = `${url.host}${url.pathname}`
  const timeout = AbortSignal.timeout(options.timeoutMs)
  const timedOut = (): UpstreamError => new UpstreamError(504, `The content source did not answer ${where} within ${options.timeoutMs} ms.`)
  let response: Response
  try {
    response = await (options.fetch ?? fetch)(url, { signal: timeout, headers: { accept: 'application/json' }, redirect: 'follow' })
  } catch (error) {
    if (timeout.aborted) throw timedOut()
    throw new UpstreamError(502, `Could not reach the content source at ${url.host} (${cause(error)}).`)
  }
  if (response.status === 404) {
    void response.body?.cancel().catch(() => {})
    return undefined
  }
  const declared = Number(response.headers.get('content-length'))
  if (declared > options.maxBytes) {
    void response.body?.cancel().catch(() => {})
    throw new UpstreamError(502, `The content source sent ${declared} bytes for ${where}, more than the ${options.maxBytes} allowed.`)
  }
  let text: string
  try {
    text = await readLimited(response, options.maxBytes)
  } catch (error) {
    if (error instanceof UpstreamError) throw error
    if (timeout.aborted) throw timedOut()
    throw new UpstreamError(502, `The content source broke off its answer to ${where} (${cause(error)}).`)
  }
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new UpstreamError(502, `The content source answered ${where} with something that is not JSON (status ${response.status}).`)
  }
  if (acceptStatus(response.status)) return { ok: false, status: response.status, body }
  if (!response.ok) throw new UpstreamError(502, `The content source answered ${where} with status ${response.status}.`)
  const result = v.safeParse(schema, body)
  if (!result.success) {
    throw new UpstreamError(502, `The content source answered ${where} in an unexpected shape: ${v.summarize(result.issues).slice(0, 300)}`)
  }
  return { ok: true, body: result.output, headers: response.headers }
}

async function readLimited(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return ''
  const reader = response.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      throw new UpstreamError(502, `The content source sent more than the ${maxBytes} bytes allowed for ${response.url ? new URL(response.url).pathname : 'one answer'}.`)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}
