// `npm run bench:wordpress` (node --import tsx scripts/bench-wordpress.ts): what a reader waits
// for when Lectern reads a real WordPress (Debian's package over a throwaway MariaDB, `php -S`,
// seeded by server/test/realWordpress/seed.php), all on loopback. Prints, in milliseconds:
// - the set-up (install check, MariaDB, wp_install, seed, php -S) and Lectern's start;
// - Home and an article, as server-rendered pages and as the API calls the app makes on later
//   navigations, cold (the first request after Lectern starts: empty caches, PHP's first run) and
//   warm (median and 90th percentile of ROUNDS more);
// - WordPress alone answering the same listing, so Lectern's own share shows.
// Needs a build (`npm run build`) for the pages. Stops everything it started.
import { startLecternOn } from '../server/test/realWordpress/lectern'
import { startRealWordPress } from '../server/test/realWordpress/start'

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20)
const ARTICLE = 'khanh-thanh-cau-dan-sinh-ban-pac-ngoi'

const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(8)
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await run()
  return performance.now() - started
}

async function get(url: string): Promise<void> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  await response.arrayBuffer()
}

async function measure(label: string, run: () => Promise<unknown>): Promise<void> {
  const cold = await timed(run)
  const warm: number[] = []
  for (let i = 0; i < ROUNDS; i++) warm.push(await timed(run))
  console.log(`  ${label.padEnd(40)} cold ${ms(cold)}   warm median ${ms(percentile(warm, 0.5))}   p90 ${ms(percentile(warm, 0.9))}`)
}

const wordpress = await startRealWordPress({ lifetimeS: 600 })
let lectern: Awaited<ReturnType<typeof startLecternOn>> | undefined
try {
  console.log(`Real WordPress ${wordpress.versions.wordpress}, MariaDB ${wordpress.versions.mariadb}, PHP ${wordpress.versions.php}`)
  console.log(`  set-up (install check, MariaDB, wp_install, seed, php -S)   ${ms(wordpress.setupMs)}`)
  const startMs = await timed(async () => (lectern = await startLecternOn(wordpress.apiUrl)))
  console.log(`  Lectern start in WordPress mode (reads the site's name)      ${ms(startMs)}`)
  const base = lectern!.url
  console.log(`Through Lectern (${ROUNDS} warm rounds each):`)
  // Pages are rendered on the server with their data: the page is what a reader waits for.
  await measure('Home page (server-rendered)', () => get(`${base}/`))
  await measure('Article page (server-rendered)', () => get(`${base}/bai-viet/${ARTICLE}`))
  await measure('Home API: articles + categories', () => Promise.all([get(`${base}/api/articles?pageSize=10`), get(`${base}/api/categories`)]))
  await measure('Article API', () => get(`${base}/api/articles/${ARTICLE}`))
  await measure('Search "cầu"', () => get(`${base}/api/search?q=c%E1%BA%A7u`))
  console.log('WordPress alone:')
  await measure('posts?_embed (the Home listing)', () => get(`${wordpress.apiUrl}/wp/v2/posts?_embed=author,wp:featuredmedia,wp:term&per_page=10`))
  await measure(`posts?slug=… (the article)`, () => get(`${wordpress.apiUrl}/wp/v2/posts?_embed=author,wp:featuredmedia,wp:term&slug=${ARTICLE}`))
} finally {
  await lectern?.stop()
  await wordpress.stop()
}
