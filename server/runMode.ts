/**
 * Vue, its server renderer, vue-router and pinia each choose their development or production
 * build from NODE_ENV when they are first loaded. Nothing set it, so the server rendered every
 * page with Vue's development build: its checks, warnings and proxied render contexts cost the
 * article render about a third of its time and make more garbage. Imported first by the server's
 * entry points (ES modules run in import order); `--dev` keeps the development builds, and an
 * explicit NODE_ENV always wins.
 */
if (!process.argv.includes('--dev')) process.env.NODE_ENV ??= 'production'
