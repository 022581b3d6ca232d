import type { FeedbackStore } from '../feedback/store'
import { verifyPassword } from './passwords'

export type SignInResult = { ok: true; name: string } | { ok: false; reason: 'credentials' | 'unavailable' }

/** Checks an editor's name and password; `portal` names whose editors they are. */
export interface Authenticator {
  readonly kind: 'local' | 'wordpress'
  readonly portal: string
  signIn(name: string, password: string): Promise<SignInResult>
}

/** Accounts made with `npm run editor -- add <name>`, passwords hashed with scrypt. */
export function localAuthenticator(store: FeedbackStore): Authenticator {
  return {
    kind: 'local',
    portal: 'local',
    async signIn(name, password) {
      const account = await store.account(name)
      // An unknown name costs one scrypt too, so timing does not tell which names exist.
      const valid = await verifyPassword(password, account?.passwordHash ?? null)
      return valid && account ? { ok: true, name: account.name } : { ok: false, reason: 'credentials' }
    },
  }
}

interface WordPressMe { username?: string; slug?: string; capabilities?: Record<string, boolean> }

/**
 * WordPress usernames and application passwords, checked by the site itself
 * (`GET /wp/v2/users/me?context=edit`): only people who may edit posts get in. The password is
 * never stored; a row in editor_accounts holds only the name's "sign out everywhere" counter.
 */
export function wordpressAuthenticator(store: FeedbackStore, apiUrl: string, timeoutMs = 8000): Authenticator {
  return {
    kind: 'wordpress',
    portal: apiUrl,
    async signIn(name, password) {
      let response: Response
      try {
        response = await fetch(`${apiUrl}/wp/v2/users/me?context=edit`, {
          headers: { authorization: `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`, accept: 'application/json' },
          signal: AbortSignal.timeout(timeoutMs),
          redirect: 'error',
        })
      } catch {
        return { ok: false, reason: 'unavailable' }
      }
      if (response.status === 401 || response.status === 403) return { ok: false, reason: 'credentials' }
      if (!response.ok) return { ok: false, reason: 'unavailable' }
      const me = (await response.json().catch(() => ({}))) as WordPressMe
      if (me.capabilities?.edit_posts !== true) return { ok: false, reason: 'credentials' }
      const account = me.username ?? name
      await store.addAccount(account, null)
      return { ok: true, name: account }
    },
  }
}
