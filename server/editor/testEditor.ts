import type { FeedbackStore } from '../feedback/store'
import { hashPassword } from './passwords'

/**
 * For the end-to-end suite only (LECTERN_TEST_HOOKS=1): LECTERN_TEST_EDITOR="name:password"
 * creates that local editor account at start, so the browser tests can sign in.
 */
export async function seedTestEditor(store: FeedbackStore, spec: string | undefined): Promise<void> {
  const at = spec?.indexOf(':') ?? -1
  if (!spec || at < 1) return
  await store.addAccount(spec.slice(0, at), await hashPassword(spec.slice(at + 1)))
}
