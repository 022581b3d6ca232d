/**
 * Marks a test that proves behaviour, not layout (spoken output, a keyboard journey already walked
 * at the other width): it runs at desktop width only. The mobile project leaves it out by this tag
 * (playwright.config.ts), so it is not listed there at all rather than reported as skipped.
 */
export const ONE_WIDTH = { tag: '@one-width' }
