import { createHash } from 'node:crypto'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { parse as parseYaml } from 'yaml'

/**
 * The portal's abbreviations (`content/glossary.yml`, later also a site source's profile):
 * conversion marks the known ones as `abbr` (title = expansion, so read-aloud can speak it) and
 * the content check lists the upper-case abbreviations that are not known.
 */
const capitals = (word: string): number => word.match(/\p{Lu}/gu)?.length ?? 0

const expansion = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200))
const GlossaryEntrySchema = v.object({
  abbr: v.pipe(
    v.string(),
    v.trim(),
    v.regex(/^\p{Lu}[\p{Lu}\d&/-]*\.?$/u, 'an abbreviation is written in upper case, e.g. UBND or TP.'),
    v.check((abbr) => capitals(abbr) >= 2, 'an abbreviation has two capitals or more'),
  ),
  vi: expansion,
  en: v.optional(expansion),
})
export const GlossaryFileSchema = v.pipe(
  v.array(GlossaryEntrySchema),
  v.check((entries) => new Set(entries.map((e) => e.abbr)).size === entries.length, 'an abbreviation is listed twice'),
)

export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>

export interface Glossary {
  entries: readonly GlossaryEntry[]
  /** Changes when the glossary does: part of an article's content hash, so an edit re-converts. */
  fingerprint: string
  /** The entry for an abbreviation exactly as written, if the portal knows it. */
  lookup(abbr: string): GlossaryEntry | undefined
  /** Abbreviation → expansion in one language (English falls back to Vietnamese). */
  expansions(lang: string): ReadonlyMap<string, string>
}

export function glossaryOf(entries: readonly GlossaryEntry[]): Glossary {
  const byAbbr = new Map(entries.map((e) => [e.abbr, e]))
  return {
    entries,
    fingerprint: entries.length ? createHash('sha256').update(JSON.stringify(entries)).digest('hex').slice(0, 16) : '',
    lookup: (abbr) => byAbbr.get(abbr),
    expansions: (lang) => new Map(entries.map((e) => [e.abbr, lang.startsWith('en') ? e.en ?? e.vi : e.vi])),
  }
}

export const EMPTY_GLOSSARY = glossaryOf([])

/** Parses glossary YAML; a bad file is an error naming what is wrong (the import stops on it). */
export function parseGlossary(yamlText: string, file = 'glossary.yml'): Glossary {
  const result = v.safeParse(GlossaryFileSchema, parseYaml(yamlText) ?? [])
  if (!result.success) {
    const issue = result.issues[0]
    const where = issue ? v.getDotPath(issue) : null
    throw new Error(`${file}: ${where ? `${where}: ` : ''}${issue?.message ?? 'not a glossary'}`)
  }
  return glossaryOf(result.output)
}

/** The content directory's glossary; none there means no abbreviations are known. */
export function loadGlossary(contentDir: string): Glossary {
  const file = join(contentDir, 'glossary.yml')
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_GLOSSARY
    throw error
  }
  return parseGlossary(text, file)
}

const loaded = new Map<string, { mtimeMs: number; glossary: Glossary }>()

/**
 * The content directory's glossary, read again only when the file changed: every article of an
 * import (and of each import worker) asks for it.
 */
export function glossaryIn(contentDir: string): Glossary {
  const file = join(contentDir, 'glossary.yml')
  let mtimeMs: number
  try {
    mtimeMs = statSync(file).mtimeMs
  } catch {
    return EMPTY_GLOSSARY
  }
  const cached = loaded.get(contentDir)
  if (cached?.mtimeMs === mtimeMs) return cached.glossary
  const glossary = loadGlossary(contentDir)
  loaded.set(contentDir, { mtimeMs, glossary })
  return glossary
}

