import { existsSync } from 'node:fs'

/**
 * The Chromium both the e2e tests (playwright.config.ts) and the audit command (scripts/audit/cli.ts)
 * launch: Debian's where it exists (Playwright cannot download browsers here), else Playwright's own.
 */
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] } {
  const path = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)
  return {
    ...(path ? { executablePath: path } : {}),
    // Without these, Chromium keeps calling home, which this closed network refuses.
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  }
}
