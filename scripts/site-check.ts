// `npm run site:check -- <url|file> [--json] [--profile path] [--url address]`: what Lectern
// extracts from one page (see server/site/extract/siteCheck.ts). Exit code 0: an article;
// 1: no article on the page (the reason is printed); 2: bad arguments, profile or fetch.
import { parseArgs } from 'node:util'
import { CheckError, checkPage, formatReport } from '../server/site/extract/siteCheck'
import { loadSiteProfile, SiteProfileError } from '../server/site/extract/profile'
import { isExtractionFailure } from '../server/site/extract/extractPage'

const USAGE = 'usage: npm run site:check -- <url|file> [--json] [--profile path] [--url address-of-the-file]'

async function main(): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean' }, profile: { type: 'string' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    })
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`)
    return 2
  }
  const [source] = parsed.positionals
  if (parsed.values.help || !source || parsed.positionals.length > 1) {
    process.stderr.write(`${USAGE}\n`)
    return parsed.values.help ? 0 : 2
  }
  try {
    const profilePath = parsed.values.profile ?? process.env.SITE_PROFILE
    const profile = profilePath ? loadSiteProfile(profilePath) : {}
    const result = await checkPage(source, profile, { url: parsed.values.url })
    process.stdout.write(parsed.values.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(result, source))
    return isExtractionFailure(result) ? 1 : 0
  } catch (error) {
    if (error instanceof CheckError || error instanceof SiteProfileError) {
      process.stderr.write(`${error.message}\n`)
      return 2
    }
    throw error
  }
}

process.exitCode = await main()
