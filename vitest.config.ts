import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // A throwaway PostgreSQL cluster, so the feedback store's tests run against both stores.
    globalSetup: ['server/test/postgresGlobalSetup.ts'],
  },
})
