import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface OriginFile {
  body: string | Buffer
  type?: string
  status?: number
  headers?: Record<string, string>
}

export interface OriginRequest {
  path: string
  conditional: boolean
  userAgent: string
  status: number
}

/**
 * A real HTTP origin for the site source's tests: serves the files it is given (ETag and
 * conditional requests as a web server does), records every request, and has switches for the
 * faults a portal shows: 503 every Nth request, paths that never answer, a maintenance page with 200.
 */
export class TestOrigin {
  readonly files = new Map<string, OriginFile>()
  readonly requests: OriginRequest[] = []
  /** Every Nth request (counting from 1) answers 503; 0 for never. */
  fail503Every = 0
  /** Paths that never answer (the socket stays open). */
  readonly hanging = new Set<string>()
  /** Every page that is not robots.txt or XML answers this HTML with 200. */
  maintenance: string | undefined
  /** Every answer waits this long (to see how many requests are in flight at once). */
  delayMs = 0
  /** The most requests in flight at once, and when each request arrived (performance.now()). */
  maxInFlight = 0
  readonly arrivals: number[] = []
  private inFlight = 0
  private server?: Server
  private count = 0

  get url(): string {
    const { port } = this.server!.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  set(path: string, file: OriginFile | string): this {
    this.files.set(path, typeof file === 'string' ? { body: file } : file)
    return this
  }

  async start(port = 0): Promise<this> {
    this.server = createServer((request, response) => {
      this.arrivals.push(performance.now())
      this.maxInFlight = Math.max(this.maxInFlight, ++this.inFlight)
      response.on('close', () => this.inFlight--)
      if (this.delayMs) setTimeout(() => this.answer(request, response), this.delayMs)
      else this.answer(request, response)
    })
    await new Promise<void>((resolve) => this.server!.listen(port, '127.0.0.1', resolve))
    return this
  }

  private answer(request: IncomingMessage, response: ServerResponse): void {
    {
      const path = request.url ?? '/'
      const conditional = Boolean(request.headers['if-none-match'] || request.headers['if-modified-since'])
      const record = (status: number) => this.requests.push({ path, conditional, userAgent: String(request.headers['user-agent'] ?? ''), status })
      this.count++
      if (this.hanging.has(path)) return void record(0)
      if (this.fail503Every && this.count % this.fail503Every === 0) {
        record(503)
        return void response.writeHead(503, { 'content-type': 'text/plain' }).end('busy')
      }
      const maintenance = this.maintenance !== undefined && !/robots\.txt$|\.xml(\.gz)?$|rss|atom/.test(path) && path !== '/'
      const file = maintenance ? { body: this.maintenance!, type: 'text/html; charset=utf-8' } : this.files.get(path)
      if (!file) {
        record(404)
        return void response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>')
      }
      const status = file.status ?? 200
      const etag = `"${createHash('sha1').update(file.body).digest('hex').slice(0, 16)}"`
      if (status === 200 && matches(request, etag)) {
        record(304)
        return void response.writeHead(304, { etag }).end()
      }
      record(status)
      response.writeHead(status, { 'content-type': file.type ?? 'text/html; charset=utf-8', etag, ...file.headers }).end(file.body)
    }
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve())
  }

  /** Requests to paths matching `pattern` since the last `clear()`. */
  hits(pattern: RegExp): OriginRequest[] {
    return this.requests.filter((r) => pattern.test(r.path))
  }

  clear(): void {
    this.requests.length = 0
  }
}

const matches = (request: IncomingMessage, etag: string): boolean => request.headers['if-none-match'] === etag

/** An article page as portals print them: enough words to count as an article. */
export function articlePage(title: string, paragraphs: string[], extra = ''): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title>${extra}</head>
<body><header><nav><a href="/">Trang chủ</a></nav></header><main><article><h1>${title}</h1>
<time datetime="2024-05-02T08:00:00+07:00">02/05/2024</time>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article></main><footer>Cổng thông tin</footer></body></html>`
}

export const words = (n: number, seed = 'chữ'): string => Array.from({ length: n }, (_, i) => `${seed}${i % 7 === 0 ? '' : i}`).join(' ')
