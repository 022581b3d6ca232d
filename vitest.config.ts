import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Several files build the whole app (content import included) inside a test; on two shared
    // cores that can pass vitest's 5 s default without anything being wrong.
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // A throwaway PostgreSQL cluster, so the feedback store's tests run against both stores.
    globalSetup: ['server/test/postgresGlobalSetup.ts'],
  },
})
