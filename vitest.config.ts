import { configDefaults, defineConfig } from 'vitest/config'

/** Test files that read the real WordPress (started once by the `wordpress` project's global set-up). */
const REAL_WORDPRESS = ['server/contract.test.ts', 'server/test/realWordpress/**/*.test.ts']

export default defineConfig({
  test: {
    environment: 'node',
    // Server tests import the whole content and render pages through Vite's SSR loader: on a
    // busy 2-core machine their first request takes seconds, which is not what they test.
    testTimeout: 30_000,
    // Their set-up (importing the content, starting the real WordPress next to them) likewise.
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['core/**/*.test.ts', 'src/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...REAL_WORDPRESS],
          // A throwaway PostgreSQL cluster, so the feedback store's tests run against both stores.
          globalSetup: ['server/test/postgresGlobalSetup.ts'],
        },
      },
      {
        extends: true,
        // Installing the packages (first run on a fresh machine) and starting the site take a while.
        test: { name: 'wordpress', include: REAL_WORDPRESS, globalSetup: ['server/test/realWordpress/globalSetup.ts'], hookTimeout: 60_000 },
      },
    ],
  },
})
