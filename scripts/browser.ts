import { existsSync } from 'node:fs'

/** Debian's headless-only build of Chromium (package chromium-headless-shell), and its full browser. */
const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell'
const DEBIAN_CHROMIUM = '/usr/bin/chromium'

/**
 * The Chromium both the e2e tests (playwright.config.ts) and the audit command (scripts/audit/cli.ts)
 * launch: Debian's where it exists (Playwright cannot download browsers here), else Playwright's own.
 * Debian's headless shell first: it is what Playwright itself runs for headless tests (its
 * `chromium-headless-shell`), the same engine without the full browser's windowing, and it does the
 * same checks in about half the CPU time (e2e/checker.fixtures: 110 s instead of 217 s here).
 * `CHROMIUM_PATH=/usr/bin/chromium` runs the full browser, as `--headed` needs.
 */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const debian = [DEBIAN_HEADLESS_SHELL, DEBIAN_CHROMIUM].find((candidate) => existsSync(candidate))
  const path = process.env.CHROMIUM_PATH ?? debian
  return {
    ...(path ? { executablePath: path } : {}),
    // Without these, Chromium keeps calling home, which this closed network refuses.
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  }
}
