import { availableParallelism } from 'node:os'
import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './scripts/browser'

const PORT = Number(process.env.E2E_PORT ?? 4173)
const FIXTURES_PORT = Number(process.env.FIXTURES_PORT ?? PORT + 1)
process.env.FIXTURES_PORT = String(FIXTURES_PORT) // read by the checker's own tests

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  // At least two, in CI and on a newcomer's machine alike: Playwright's default (half the cores)
  // is one worker on a two-core machine, which doubles the suite's time for no gain.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: 0,
  // Several specs walk a whole journey with an axe run at each step (about 2 s each here).
  timeout: 60_000,
  // A client-side navigation loads a route's chunks and its API answers: on two cores, with the
  // other worker in an axe run or a Tab walk, one once took 6 s to change the URL (CI, stop 28).
  // Waits that succeed return at once, so a longer limit costs only failing tests time.
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    // The service worker is blocked except in the spec about it (e2e/offline.spec.ts allows it):
    // every test has a fresh context, and each would otherwise install it and fill its precache,
    // which costs the suite time and lets a cached page answer a test about the network.
    // E2E_SERVICE_WORKERS=allow runs any spec with it, to check it changes nothing there.
    serviceWorkers: process.env.E2E_SERVICE_WORKERS === 'allow' ? 'allow' : 'block',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions: chromiumLaunchOptions() } },
    {
      name: 'mobile',
      // Tests tagged @one-width (e2e/support/projects.ts) prove behaviour the width does not change.
      grepInvert: /@one-width/,
      use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: false, launchOptions: chromiumLaunchOptions() },
      // These check the checker, the audit command (which runs both widths itself) and spoken
      // output: the width adds nothing but time.
      testIgnore: ['**/checker.fixtures.spec.ts', '**/audit.cli.spec.ts', '**/screenreader.spec.ts', '**/html.validity.spec.ts',
        // *.matrix.spec.ts set their own widths (1280 and 320 px) besides themes and text sizes.
        '**/*.matrix.spec.ts',
        // Starts its own WordPress and Lectern; one width is enough to prove the real site reads well.
        '**/wordpress.real.spec.ts',
        // Checks the test fixture's own hydration guard: nothing about the width.
        '**/hydration.guard.spec.ts'],
    },
  ],
  webServer: [
    {
      // The real product: built SPA + content server with a fresh in-memory database.
      command: 'node --import tsx server/main.ts',
      url: `http://localhost:${PORT}/api/categories`,
      // Every test sends feedback from 127.0.0.1: the production limit would make the suite flaky.
      // LECTERN_TEST_HOOKS lets fault tests count the stored submissions.
      env: {
        PORT: String(PORT), DATABASE_FILE: ':memory:', HOST: '127.0.0.1', EDITOR_URL: 'https://cms.example.vn/wp-admin/',
        FEEDBACK_RATE_LIMIT: '10000', LECTERN_TEST_HOOKS: '1',
        // A local editor account for e2e/editor.spec.ts (created at start, test hooks only).
        LECTERN_TEST_EDITOR: 'kiem-thu:mật khẩu kiểm thử 2026',
        // A busy CI machine must not turn answers into 503s (shedding is tested in server/scale.test.ts).
        OVERLOAD_EVENT_LOOP_DELAY_MS: '0',
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Known-violation pages that prove the checker works (e2e/fixtures).
      command: 'node --import tsx scripts/audit/serve-fixtures.ts',
      url: `http://localhost:${FIXTURES_PORT}/clean.html`,
      env: { FIXTURES_PORT: String(FIXTURES_PORT) },
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
})
