import { createHash } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import * as v from 'valibot'
import { fold } from '../../core/fold'
import { countWords, documentText } from '../../core/text'
import { markdownToDocument } from '../content/parse'
import { glossaryIn } from '../content/glossary'
import { buildScoreIndex } from '../search/scoreIndex'
import { checkArticle, FindingsWriter, staleChecks, type ArticleCheck } from '../contentCheck/store'
import type { ConversionNote } from '../../core/contentFindings'
import { ArticleFrontMatter, CategoriesFile, PageFrontMatter, readFrontMatter } from '../content/frontMatter'
import type { Db } from './schema'

export interface ImportReport {
  articles: { added: number; changed: number; removed: number; unchanged: number }
  pages: number
  errors: string[]
  /** False when the search score index could not be built to match FTS5 (search then ranks with FTS5 alone). */
  searchScores?: boolean
  /** Unchanged articles checked again because their findings were missing or of older rules. */
  rechecked: number
}

/** An article file read and checked against its schema: enough to tell whether it changed. */
export interface ArticleSource {
  data: ArticleFrontMatter
  hash: string
  body: string
  /** Where the file is: its content directory's glossary expands abbreviations. */
  path: string
}

/** What an article's rows need that costs CPU to make: made ahead in workers for new and changed files. */
export interface PreparedArticle {
  data: ArticleFrontMatter
  hash: string
  bodyJson: string
  bodyText: string
  words: number
  /** Title, lead and body folded for the search index. */
  folded: [title: string, lead: string, body: string]
  /** The content checks' findings, made with the document (so in the workers too). */
  check: ArticleCheck
}

export const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

/** The glossary of the content directory an article file is in (`content/articles/x.md`). */
const glossaryOfArticle = (path: string) => glossaryIn(dirname(dirname(path)))

/**
 * Reads and validates one article file (`file`, its name, is what errors cite). Its hash covers
 * the glossary too: a new expansion changes the article's document.
 */
export function readArticle(path: string, file: string): ArticleSource {
  const source = readFileSync(path, 'utf8')
  const { data, body } = readFrontMatter(ArticleFrontMatter, source, file)
  const { fingerprint } = glossaryOfArticle(path)
  return { data, hash: sha(fingerprint ? `${source}\n${fingerprint}` : source), body, path }
}

/** Parses, sanitizes and normalizes an article's Markdown body, and folds its text for search. */
export function prepareArticle({ data, hash, body, path }: ArticleSource): PreparedArticle {
  const abbreviations = glossaryOfArticle(path).expansions(data.language)
  const notes: ConversionNote[] = []
  const document = markdownToDocument(body, { abbreviations, notes })
  const bodyText = documentText(document)
  return {
    check: checkArticle(document, data.language, notes, abbreviations),
    data,
    hash,
    bodyJson: JSON.stringify(document),
    bodyText,
    words: countWords(`${data.title} ${data.lead} ${bodyText}`),
    folded: [fold(data.title), fold(data.lead), fold(bodyText)],
  }
}

/**
 * Search index rows written together: FTS5 writes the rows it holds as a new segment whenever
 * another statement opens a savepoint, as each article's upsert does. Row by row that made a
 * segment per article and merging them cost more than the inserts (16 → 12 CPU seconds for the
 * database's part of a 10,000-article import).
 */
const SEARCH_BATCH = 64

export const markdownFiles = (dir: string): string[] => {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.md')).sort()
  } catch {
    return []
  }
}

/**
 * Imports `content/` into the database in one transaction. Idempotent: a file whose hash is
 * unchanged is not touched, so a restart costs a hash per file. A file that fails validation
 * is reported and skipped; it never takes the others down with it. (importInParallel.ts does the
 * same with the Markdown parsed in worker threads.)
 */
export function importContent(db: Db, contentDir: string): ImportReport {
  const contentImport = new ContentImport(db, contentDir)
  db.transaction(() => {
    contentImport.begin()
    for (const file of contentImport.articleFiles) contentImport.article(file)
    contentImport.end()
  })()
  return contentImport.finish()
}

/**
 * One import, step by step, for a caller that runs it inside one transaction: `begin`, then
 * `article` for every file of `articleFiles` in order (so two instances give articles the same
 * ids), then `end`; `finish` after the commit.
 */
export class ContentImport {
  readonly report: ImportReport = { articles: { added: 0, changed: 0, removed: 0, unchanged: 0 }, pages: 0, errors: [], rechecked: 0 }
  readonly articleFiles: string[]
  private readonly articlesDir: string
  private readonly categories: v.InferOutput<typeof CategoriesFile>
  private readonly known: Set<string>
  private readonly seen = new Set<string>()
  private existing = new Map<string, { id: number; slug: string; hash: string }>()
  /** Slugs whose stored findings are missing or stale: parsed again even when unchanged. */
  private stale = new Set<string>()
  private readonly findings: FindingsWriter
  /** Articles written whose search index rows are not yet. */
  private readonly searchRows: { id: number; folded: PreparedArticle['folded'] }[] = []
  private readonly statements

  constructor(private readonly db: Db, private readonly contentDir: string) {
    this.findings = new FindingsWriter(db)
    this.categories = v.parse(CategoriesFile, parseYaml(readFileSync(join(contentDir, 'categories.yml'), 'utf8')))
    this.known = new Set(this.categories.map((c) => c.slug))
    this.articlesDir = join(contentDir, 'articles')
    this.articleFiles = markdownFiles(this.articlesDir)
    this.statements = {
      upsertCategory: db.prepare(`INSERT INTO categories VALUES (@slug, @name_vi, @name_en, @description_vi, @description_en, @position)
        ON CONFLICT(slug) DO UPDATE SET name_vi=excluded.name_vi, name_en=excluded.name_en,
        description_vi=excluded.description_vi, description_en=excluded.description_en, position=excluded.position`),
      upsert: db.prepare(`INSERT INTO articles (slug, title, lead, category, published, published_utc, updated, author, language, source,
          image_json, body_json, plain_text, words, content_hash)
        VALUES (@slug, @title, @lead, @category, @published, @published_utc, @updated, @author, @language, @source,
          @image_json, @body_json, @plain_text, @words, @content_hash)
        ON CONFLICT(slug) DO UPDATE SET title=excluded.title, lead=excluded.lead, category=excluded.category, published=excluded.published,
          published_utc=excluded.published_utc, updated=excluded.updated, author=excluded.author, language=excluded.language, source=excluded.source,
          image_json=excluded.image_json, body_json=excluded.body_json, plain_text=excluded.plain_text, words=excluded.words, content_hash=excluded.content_hash
        RETURNING id`),
      deleteFts: db.prepare('DELETE FROM articles_fts WHERE rowid = ?'),
      insertFts: db.prepare('INSERT INTO articles_fts (rowid, title, lead, body) VALUES (?, ?, ?, ?)'),
      remove: db.prepare('DELETE FROM articles WHERE id = ?'),
    }
  }

  /** Hashes of the articles already in the database and checked: files with these need no parsing. */
  knownHashes(): Set<string> {
    const stale = staleChecks(this.db)
    return new Set((this.db.prepare('SELECT slug, content_hash AS hash FROM articles').all() as { slug: string; hash: string }[])
      .filter((row) => !stale.has(row.slug)).map((row) => row.hash))
  }

  begin(): void {
    this.categories.forEach((c, position) =>
      this.statements.upsertCategory.run({ slug: c.slug, name_vi: c.name.vi, name_en: c.name.en, description_vi: c.description.vi,
        description_en: c.description.en, position }),
    )
    this.existing = new Map(
      (this.db.prepare('SELECT id, slug, content_hash AS hash FROM articles').all() as { id: number; slug: string; hash: string }[])
        .map((row) => [row.slug, row]),
    )
    this.stale = staleChecks(this.db)
  }

  /** Imports one article file; `prepared` holds articles read and parsed ahead (by workers), by file name. */
  article(file: string, prepared?: ReadonlyMap<string, PreparedArticle>): void {
    const { report, statements } = this
    try {
      const article: ArticleSource | PreparedArticle = prepared?.get(file) ?? readArticle(join(this.articlesDir, file), file)
      const { data, hash } = article
      if (!this.known.has(data.category)) throw new Error(`${file}: category "${data.category}" is not in categories.yml`)
      if (this.seen.has(data.slug)) throw new Error(`${file}: slug "${data.slug}" is used by another file`)
      this.seen.add(data.slug)
      const before = this.existing.get(data.slug)
      if (before?.hash === hash) {
        report.articles.unchanged++
        if (this.stale.has(data.slug)) {
          // Same article, findings missing or of older rules: checked again, nothing else rewritten.
          this.findings.write(before.id, hash, ('bodyJson' in article ? article : prepareArticle(article)).check)
          report.rechecked++
        }
        return
      }
      const { bodyJson, bodyText, words, folded, check } = 'bodyJson' in article ? article : prepareArticle(article)
      const { id } = statements.upsert.get({
        slug: data.slug,
        title: data.title,
        lead: data.lead,
        category: data.category,
        published: data.published,
        published_utc: new Date(data.published).toISOString(),
        updated: data.updated ?? null,
        author: data.author,
        language: data.language,
        source: data.source ?? null,
        image_json: data.image ? JSON.stringify(data.image) : null,
        body_json: bodyJson,
        plain_text: bodyText,
        words,
        content_hash: hash,
      }) as { id: number }
      this.searchRows.push({ id, folded })
      this.findings.write(id, hash, check)
      if (before) report.articles.changed++
      else report.articles.added++
    } catch (error) {
      report.errors.push(error instanceof Error ? error.message : String(error))
    }
    // Outside the file's try: a failure here is the database's, not this file's, and ends the import.
    if (this.searchRows.length === SEARCH_BATCH) this.writeSearchRows()
  }

  /** The held articles' search index rows: old rows out first, then the new ones in, with nothing in between. */
  private writeSearchRows(): void {
    for (const { id } of this.searchRows) this.statements.deleteFts.run(id)
    for (const { id, folded } of this.searchRows) this.statements.insertFts.run(id, ...folded)
    this.searchRows.length = 0
  }

  /** Removes the articles whose files are gone, and imports the pages. */
  end(): void {
    this.writeSearchRows()
    for (const [slug, row] of this.existing) {
      if (this.seen.has(slug)) continue
      this.statements.remove.run(row.id)
      this.statements.deleteFts.run(row.id)
      this.report.articles.removed++
    }
    importPages(this.db, join(this.contentDir, 'pages'), this.report)
    // Scores from the old articles must not rank the new ones, not even until finish() rebuilds them.
    if (this.changedArticles()) this.db.prepare('DELETE FROM search_scores').run()
  }

  private changedArticles(): boolean {
    const { added, changed, removed } = this.report.articles
    return added + changed + removed > 0
  }

  /** After the commit: compacts the search index and the write-ahead log when anything changed. */
  finish(): ImportReport {
    const changed = this.changedArticles()
    if (changed) {
      // Merges the index's segments into one b-tree: searches read one run instead of one per batch.
      this.db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('optimize')")
    }
    // Also when a database from before the score index has none yet.
    if (changed || !this.db.prepare("SELECT 1 FROM search_scores WHERE part = 'id'").get()) {
      this.report.searchScores = buildScoreIndex(this.db)
    }
    // A big import leaves a log as large as the database; fold it in and give the disk back.
    if (changed) this.db.pragma('wal_checkpoint(TRUNCATE)')
    return this.report
  }
}

/** The static pages (about, contact, accessibility) from `dir`; the site source imports them alone. */
export function importPages(db: Db, dir: string, report: ImportReport): void {
  const upsert = db.prepare(`INSERT INTO pages VALUES (@slug, @title, @lead, @language, @updated, @body_json, @content_hash)
    ON CONFLICT(slug) DO UPDATE SET title=excluded.title, lead=excluded.lead, language=excluded.language,
    updated=excluded.updated, body_json=excluded.body_json, content_hash=excluded.content_hash
    WHERE pages.content_hash <> excluded.content_hash`)
  const slugs: string[] = []
  for (const file of markdownFiles(dir)) {
    try {
      const source = readFileSync(join(dir, file), 'utf8')
      const { data, body } = readFrontMatter(PageFrontMatter, source, file)
      upsert.run({ ...data, updated: data.updated ?? null, body_json: JSON.stringify(markdownToDocument(body)), content_hash: sha(source) })
      slugs.push(data.slug)
      report.pages++
    } catch (error) {
      report.errors.push(error instanceof Error ? error.message : String(error))
    }
  }
  db.prepare(`DELETE FROM pages WHERE slug NOT IN (SELECT value FROM json_each(?))`).run(JSON.stringify(slugs))
}
