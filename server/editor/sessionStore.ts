import type { SessionStore } from '@fastify/session'
import type { Session } from 'fastify'
import type { FeedbackStore } from '../feedback/store'

declare module 'fastify' {
  interface Session {
    /** The signed-in editor's account name. */
    editor?: string
    /** The account's generation at sign-in: "sign out everywhere" raises it, ending this session. */
    generation?: number
    /** Which portal's editors this session belongs to (the WordPress site, or "local"). */
    portal?: string
    /** A one-off message for the next page (Post/Redirect/Get). */
    flash?: string
  }
}

/**
 * @fastify/session's store over Lectern's own database, so every instance sharing PostgreSQL
 * knows every session. Sessions expire with their cookie; the sweep forgets them.
 */
export function sessionStore(store: FeedbackStore, maxAgeMs: number): SessionStore {
  return {
    set(id, session, callback) {
      const expires = (session as Session & { cookie?: { expires?: string | Date | null } }).cookie?.expires
      const expiresAt = expires ? new Date(expires) : new Date(Date.now() + maxAgeMs)
      store.setSession(id, JSON.stringify(session), expiresAt).then(() => callback(), callback)
    },
    get(id, callback) {
      store.getSession(id).then((data) => callback(null, data ? (JSON.parse(data) as Session) : null), callback)
    },
    destroy(id, callback) {
      store.destroySession(id).then(() => callback(), callback)
    },
  }
}
