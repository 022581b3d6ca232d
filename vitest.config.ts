import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Server tests import the whole content and render pages through Vite's SSR loader: on a
    // busy 2-core machine their first request takes seconds, which is not what they test.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A throwaway PostgreSQL cluster, so the feedback store's tests run against both stores.
    globalSetup: ['server/test/postgresGlobalSetup.ts'],
  },
})
