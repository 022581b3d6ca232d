import type { FastifyInstance } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../db/schema'
import { SqliteFeedbackStore } from '../feedback/sqliteStore'
import { EditorBrowser } from '../test/editorBrowser'
import { createTestApp } from '../test/testApp'
import { startWordPressStub, type WordPressStub } from '../test/wordpressStub'
import { wordpressAuthenticator } from './authenticate'

const SECRET = 'one-secret-shared-by-both-portals-on-purpose'

/**
 * Two portals, each with its own WordPress site, sharing one store and one cookie secret (the
 * worst case): an application password or a session of one portal opens nothing on the other.
 */
describe('editors signing in with WordPress application passwords', () => {
  let siteA: WordPressStub
  let siteB: WordPressStub
  let portalA: FastifyInstance
  let portalB: FastifyInstance
  const store = new SqliteFeedbackStore(openDatabase(':memory:'))

  beforeAll(async () => {
    siteA = await startWordPressStub(0, { bientap: { password: 'aaaa bbbb cccc dddd eeee ffff', editPosts: true } })
    siteB = await startWordPressStub(0, { khach: { password: 'gggg hhhh iiii jjjj kkkk llll', editPosts: true }, docgia: { password: 'mmmm nnnn oooo pppp qqqq rrrr', editPosts: false } })
    const editor = (apiUrl: string) => ({ store, authenticator: wordpressAuthenticator(store, apiUrl, 2000), sessionSecret: SECRET, secureCookie: 'auto' as const })
    ;({ app: portalA } = await createTestApp({ feedback: store, editor: editor(siteA.apiUrl) }))
    ;({ app: portalB } = await createTestApp({ feedback: store, editor: editor(siteB.apiUrl) }))
  }, 60_000)
  afterAll(async () => {
    await Promise.all([portalA?.close(), portalB?.close(), siteA?.close(), siteB?.close()])
  })

  it('lets in an editor whose application password the site accepts and who may edit posts', async () => {
    const browser = new EditorBrowser(portalA)
    const response = await browser.signIn('bientap', 'aaaabbbbccccddddeeeeffff')
    expect(response.headers.location).toBe('/bien-tap/gop-y')
    expect((await browser.get('/bien-tap/gop-y')).statusCode).toBe(200)
    expect(siteA.requests).toContain('/wp-json/wp/v2/users/me?context=edit')
  })

  it('refuses a WordPress user without the edit_posts capability', async () => {
    const browser = new EditorBrowser(portalB)
    const response = await browser.signIn('docgia', 'mmmm nnnn oooo pppp qqqq rrrr')
    expect(response.statusCode).toBe(401)
    expect((await browser.get('/bien-tap/gop-y')).headers.location).toBe('/bien-tap/dang-nhap')
  })

  it('an editor of one portal cannot read another portal\'s inbox with their application password or their session', async () => {
    const outsider = new EditorBrowser(portalA)
    expect((await outsider.signIn('khach', 'gggg hhhh iiii jjjj kkkk llll')).statusCode).toBe(401)
    const atB = new EditorBrowser(portalB)
    expect((await atB.signIn('khach', 'gggg hhhh iiii jjjj kkkk llll')).headers.location).toBe('/bien-tap/gop-y')
    // B's session cookie, carried to portal A (same store, same secret): still signed out there.
    const carried = new EditorBrowser(portalA)
    carried.cookies.set('lectern_editor', atB.cookies.get('lectern_editor')!)
    const response = await carried.get('/bien-tap/gop-y')
    expect(response.statusCode).toBe(303)
    expect(response.headers.location).toBe('/bien-tap/dang-nhap')
  })

  it('says the site cannot be reached (503) instead of blaming the password when WordPress is down', async () => {
    siteA.fault('/wp-json/wp/v2/users/me', 'error500')
    try {
      const response = await new EditorBrowser(portalA).signIn('bientap', 'aaaa bbbb cccc dddd eeee ffff')
      expect(response.statusCode).toBe(503)
      expect(response.body).toContain('Không kiểm tra được mật khẩu với trang WordPress')
    } finally {
      siteA.fault('/wp-json/wp/v2/users/me', undefined)
    }
  })
})
