import type { FastifyInstance, LightMyRequestResponse } from 'fastify'

/** A minimal browser over `app.inject`: keeps cookies, reads the CSRF token from the last form. */
export class EditorBrowser {
  readonly cookies = new Map<string, string>()
  lastHtml = ''

  constructor(private readonly app: FastifyInstance, private readonly remoteAddress = '127.0.0.1') {}

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  }

  private keep(response: LightMyRequestResponse): LightMyRequestResponse {
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      if (cookie.value === '' || (cookie.expires && cookie.expires.getTime() < Date.now())) this.cookies.delete(cookie.name)
      else this.cookies.set(cookie.name, cookie.value)
    }
    if (String(response.headers['content-type']).startsWith('text/html')) this.lastHtml = response.body
    return response
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.keep(await this.app.inject({ method: 'GET', url, remoteAddress: this.remoteAddress, headers: { cookie: this.cookieHeader() } }))
  }

  async post(url: string, form: Record<string, string>): Promise<LightMyRequestResponse> {
    return this.keep(await this.app.inject({
      method: 'POST', url, remoteAddress: this.remoteAddress, payload: new URLSearchParams(form).toString(),
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
    }))
  }

  /** The token in the last page's forms. */
  csrf(): string {
    const token = /name="_csrf" value="([^"]+)"/.exec(this.lastHtml)?.[1]
    if (!token) throw new Error('The last page has no form with a CSRF token')
    return token
  }

  async signIn(name: string, password: string): Promise<LightMyRequestResponse> {
    await this.get('/bien-tap/dang-nhap')
    return this.post('/bien-tap/dang-nhap', { _csrf: this.csrf(), ten: name, 'mat-khau': password })
  }
}
