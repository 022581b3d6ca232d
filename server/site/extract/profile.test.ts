import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SiteProfileError, loadSiteProfile, parseSiteProfile, parseSiteProfileText } from './profile'

const dir = mkdtempSync(join(tmpdir(), 'lectern-profile-'))

function problems(run: () => unknown): string[] {
  try {
    run()
  } catch (error) {
    if (error instanceof SiteProfileError) return error.problems
    throw error
  }
  throw new Error('expected the profile to be refused')
}

describe('loading a site profile', () => {
  it('reads the example SharePoint 2013 profile in content/site-profiles', () => {
    const profile = loadSiteProfile(new URL('../../../content/site-profiles/sharepoint-2013.yml', import.meta.url).pathname)
    expect(profile.body).toBe('[id$="PageContent__ControlWrapper_RichHtmlField"]')
    expect(profile.timeZone).toBe('Asia/Ho_Chi_Minh')
    expect(profile.drop).toHaveLength(2)
  })

  it('reads YAML and JSON files alike', () => {
    writeFileSync(join(dir, 'p.yml'), 'body: .noi-dung\ndrop: [.share]\nlanguage: en\n')
    writeFileSync(join(dir, 'p.json'), JSON.stringify({ body: '.noi-dung', listing: { pages: ['/tin-tuc'], links: 'h3 a', maxPages: 5 }, articlePattern: ['^/tin/\\d+'] }))
    expect(loadSiteProfile(join(dir, 'p.yml'))).toEqual({ body: '.noi-dung', drop: ['.share'], language: 'en' })
    expect(loadSiteProfile(join(dir, 'p.json'))).toEqual({ body: '.noi-dung', listing: { pages: ['/tin-tuc'], links: 'h3 a', maxPages: 5 }, articlePattern: ['^/tin/\\d+'] })
  })

  it('takes an empty file as an empty profile', () => {
    expect(parseSiteProfileText('', 'empty.yml')).toEqual({})
  })

  it('names every problem with its field', () => {
    expect(problems(() => parseSiteProfile({ bdy: '.x', body: 'p[', drop: ['.a', 3], timeZone: 'Mars/Olympus', language: 'fr' })).sort()).toEqual([
      'bdy: unknown field',
      'body: is not a valid CSS selector: "p["',
      'drop.1: must be a CSS selector (text)',
      'language: must be "vi" or "en"',
      'timeZone: is not a known time zone: "Mars/Olympus" (e.g. Asia/Ho_Chi_Minh)',
    ])
  })

  it('refuses a listing without pages, a bad regular expression and a bad page count', () => {
    expect(problems(() => parseSiteProfile({ listing: { pages: [], links: 'a', maxPages: 0 }, articlePattern: ['(unclosed'] }))).toEqual(expect.arrayContaining([
      'listing.pages: must name at least one listing page',
      'listing.maxPages: must be at least 1',
      'articlePattern.0: is not a valid regular expression: "(unclosed"',
    ]))
  })

  it('says the file is not YAML (or JSON) with the parser’s first line, and names the file', () => {
    writeFileSync(join(dir, 'broken.yml'), 'body: [unclosed\n')
    const error = (() => {
      try {
        loadSiteProfile(join(dir, 'broken.yml'))
      } catch (e) {
        return e as SiteProfileError
      }
      throw new Error('expected a refusal')
    })()
    expect(error.message).toContain(join(dir, 'broken.yml'))
    expect(error.problems[0]).toMatch(/^cannot be read as YAML: /)
    expect(problems(() => parseSiteProfileText('{"body": ', 'p.json'))[0]).toMatch(/^cannot be read as JSON: /)
  })

  it('refuses a file that is a list or a scalar, and one that does not exist', () => {
    expect(problems(() => parseSiteProfileText('- body\n', 'list.yml'))).toEqual(['the file must hold a mapping of fields (body, title, date, …)'])
    expect(problems(() => loadSiteProfile(join(dir, 'missing.yml')))).toEqual(['cannot be read: ENOENT'])
  })
})
