import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './e2e/browser'

const PORT = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'retain-on-failure',
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 }, launchOptions: chromiumLaunchOptions() } },
    // *.matrix.spec.ts set their own widths (1280 and 320 px) besides themes and text sizes: the
    // desktop project runs them once, so the mobile one leaves them out.
    { name: 'mobile', testIgnore: /\.matrix\.spec\.ts$/, use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: false, launchOptions: chromiumLaunchOptions() } },
  ],
  webServer: {
    // The real product: built SPA + content server with a fresh in-memory database.
    command: 'node --import tsx server/main.ts',
    url: `http://localhost:${PORT}/api/categories`,
    env: { PORT: String(PORT), DATABASE_FILE: ':memory:', HOST: '127.0.0.1', EDITOR_URL: 'https://cms.example.vn/wp-admin/' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
