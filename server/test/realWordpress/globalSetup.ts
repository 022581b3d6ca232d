import type { TestProject } from 'vitest/node'
import { realWordPressUnavailable, startRealWordPress } from './start'
import type { RealWordPressInfo } from './provided'

/**
 * Vitest global set-up of the `wordpress` project: one real WordPress for every test file that
 * needs it, started once (only when such a file runs) and stopped at the end. Where it cannot be
 * installed (not Debian, not root, no packages), the tests that need it are skipped with the
 * reason printed here and in each skipped suite's name.
 */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const reason = realWordPressUnavailable()
  if (reason) {
    console.log(`Real WordPress: skipped, ${reason}`)
    project.provide('realWordPress', { unavailable: reason })
    return undefined
  }
  const wp = await startRealWordPress()
  console.log(`Real WordPress ${wp.versions.wordpress} (MariaDB ${wp.versions.mariadb}, PHP ${wp.versions.php}) at ${wp.url}, set up in ${wp.setupMs} ms`)
  const info: RealWordPressInfo = { url: wp.url, apiUrl: wp.apiUrl, seeded: wp.seeded, versions: wp.versions, setupMs: wp.setupMs }
  project.provide('realWordPress', info)
  return () => wp.stop()
}
