import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

/**
 * A local stand-in for a WordPress site's REST API v2, replaying the hand-written answers in
 * `wordpress-fixtures/` with WordPress's own filtering, paging headers and error bodies, so the
 * WordPress adapter is tested over real HTTP. `fault()` makes a path misbehave as real servers do.
 */
export type Fault = 'error500' | 'hang' | 'reset' | 'notJson' | 'wrongShape' | 'huge'

interface Item { id: number; slug: string; [key: string]: unknown }

const FIXTURES = join(import.meta.dirname, 'wordpress-fixtures')
const load = (name: string): Item[] => JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8')) as Item[]

export interface WordPressStub {
  /** The REST root, as CONTENT_API_URL takes it: `http://127.0.0.1:<port>/wp-json`. */
  apiUrl: string
  /** Every request path + query, in order. */
  requests: string[]
  fault(pathPrefix: string, fault: Fault | undefined): void
  close(): Promise<void>
}

/** Application passwords this stub site accepts at `GET /wp/v2/users/me`, and whether each may edit posts. */
export type AppPasswords = Record<string, { password: string; editPosts: boolean }>
export const DEFAULT_APP_PASSWORDS: AppPasswords = {
  bientap: { password: 'abcd EFGH ijkl MNOP qrst UVWX', editPosts: true },
  docgia: { password: 'zyxw VUTS rqpo NMLK jihg FEDC', editPosts: false },
}

export async function startWordPressStub(port = 0, appPasswords: AppPasswords = DEFAULT_APP_PASSWORDS): Promise<WordPressStub> {
  const data: Record<string, Item[]> = {
    posts: load('posts'), pages: load('pages'), categories: load('categories'), users: load('users'), media: load('media'),
  }
  const faults = new Map<string, Fault>()
  const requests: string[] = []
  const hanging = new Set<ServerResponse>()

  const server = createServer((req, res) => {
    requests.push(req.url ?? '')
    const url = new URL(req.url ?? '/', 'http://stub')
    const fault = [...faults].find(([prefix]) => url.pathname.startsWith(prefix))?.[1]
    if (fault) return injectFault(fault, req, res, hanging)
    if (url.pathname === '/wp-json/wp/v2/users/me') return me(req, url, appPasswords, res)
    route(url, data, res)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  const address = server.address() as AddressInfo
  return {
    apiUrl: `http://127.0.0.1:${address.port}/wp-json`,
    requests,
    fault: (prefix, fault) => (fault ? faults.set(prefix, fault) : faults.delete(prefix)),
    close: () => new Promise((resolve) => {
      for (const res of hanging) res.destroy()
      server.closeAllConnections()
      server.close(() => resolve())
    }),
  }
}

function injectFault(fault: Fault, req: IncomingMessage, res: ServerResponse, hanging: Set<ServerResponse>): void {
  switch (fault) {
    case 'error500':
      return sendJson(res, 500, { code: 'internal_server_error', message: '<p>There has been a critical error on this website.</p>', data: { status: 500 } })
    case 'hang':
      hanging.add(res)
      return
    case 'reset':
      req.socket.destroy()
      return
    case 'notJson':
      res.writeHead(200, { 'content-type': 'text/html; charset=UTF-8' })
      res.end('<!DOCTYPE html><html><body>Error establishing a database connection</body></html>')
      return
    case 'wrongShape':
      return sendJson(res, 200, { posts: 'not a list' })
    case 'huge':
      res.writeHead(200, { 'content-type': 'application/json; charset=UTF-8' })
      res.end(`[${'{"id":1,"slug":"x","title":{"rendered":"x"}},'.repeat(300_000)}{}]`)
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...headers })
  res.end(JSON.stringify(body))
}

/** WordPress's answers for the signed-in user: 401 without valid Basic credentials, the user with capabilities otherwise. */
function me(req: IncomingMessage, url: URL, appPasswords: AppPasswords, res: ServerResponse): void {
  const basic = /^Basic (.+)$/.exec(req.headers.authorization ?? '')?.[1]
  const [user, ...rest] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':') : []
  const account = user ? appPasswords[user] : undefined
  // WordPress accepts an application password with or without its spaces.
  if (!account || account.password.replace(/ /g, '') !== rest.join(':').replace(/ /g, '')) {
    return sendJson(res, 401, { code: 'incorrect_password', message: 'The provided password is an invalid application password.', data: { status: 401 } })
  }
  const edit = url.searchParams.get('context') === 'edit'
  sendJson(res, 200, { id: 7, name: user, slug: user, ...(edit ? { username: user, capabilities: { read: true, edit_posts: account.editPosts } } : {}) })
}

const invalidPage = { code: 'rest_post_invalid_page_number', message: 'The page number requested is larger than the number of pages available.', data: { status: 400 } }

function route(url: URL, data: Record<string, Item[]>, res: ServerResponse): void {
  const match = /^\/wp-json\/wp\/v2\/(posts|pages|categories|users|media|search)(?:\/(\d+))?\/?$/.exec(url.pathname)
  if (!match) return sendJson(res, 404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.', data: { status: 404 } })
  const [, kind, id] = match as unknown as [string, string, string | undefined]
  const q = url.searchParams
  const embed = q.has('_embed')
  const shape = (item: Item): Record<string, unknown> => {
    const { _embedded, ...rest } = item
    const out: Record<string, unknown> = embed && _embedded ? { ...rest, _embedded } : rest
    const fields = q.get('_fields')?.split(',')
    return fields ? Object.fromEntries(fields.filter((f) => f in out).map((f) => [f, out[f]])) : out
  }

  if (kind === 'search') {
    const term = (q.get('search') ?? '').toLowerCase()
    const hits = data.posts!.filter((p) => JSON.stringify([p.title, p.content]).toLowerCase().includes(term))
      .map((p) => ({ id: p.id, title: (p.title as { rendered: string }).rendered, url: p.link, type: 'post', subtype: 'post', _links: { self: [{ embeddable: true, href: `http://stub/wp-json/wp/v2/posts/${p.id}` }] } }))
    return paged(hits, q, res, (x) => x, 'rest_search_invalid_page_number')
  }
  const items = data[kind]!
  if (id) {
    const item = items.find((i) => i.id === Number(id))
    if (!item) return sendJson(res, 404, { code: `rest_${kind === 'users' ? 'user' : 'post'}_invalid_id`, message: 'Invalid ID.', data: { status: 404 } })
    return sendJson(res, 200, shape(item))
  }
  let list = [...items]
  const slug = q.get('slug')
  if (slug) list = list.filter((i) => slug.split(',').includes(i.slug))
  const categories = q.get('categories')
  if (categories) list = list.filter((i) => (i.categories as number[]).some((c) => categories.split(',').includes(String(c))))
  const include = q.get('include')
  if (include) {
    const ids = include.split(',').map(Number)
    list = list.filter((i) => ids.includes(i.id))
    if (q.get('orderby') === 'include') list.sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))
  }
  paged(list, q, res, shape)
}

function paged<T>(list: T[], q: URLSearchParams, res: ServerResponse, shape: (item: T) => unknown, pageError = 'rest_post_invalid_page_number'): void {
  const perPage = Number(q.get('per_page') ?? 10)
  const page = Number(q.get('page') ?? 1)
  if (!(perPage >= 1 && perPage <= 100)) {
    return sendJson(res, 400, { code: 'rest_invalid_param', message: 'Invalid parameter(s): per_page', data: { status: 400, params: { per_page: 'per_page must be between 1 (inclusive) and 100 (inclusive)' } } })
  }
  const totalPages = Math.ceil(list.length / perPage)
  if (page > Math.max(1, totalPages)) return sendJson(res, 400, { ...invalidPage, code: pageError })
  const slice = list.slice((page - 1) * perPage, page * perPage)
  sendJson(res, 200, slice.map(shape), { 'x-wp-total': String(list.length), 'x-wp-totalpages': String(totalPages) })
}
