import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { ViteDevServer } from 'vite'
import type * as EntryServer from '../../src/entry-server'

/** The server entry of the app (src/entry-server.ts), as built by Vite or loaded by its dev server. */
export type AppEntry = typeof EntryServer

/** Renders pages of the app: the entry, the HTML template around it, and the chunks each page needs. */
export interface PageRenderer {
  /** The app's server entry (loaded once when built; through Vite's module graph, fresh, in development). */
  loadEntry(): Promise<AppEntry>
  /** The shell (index.html as built, or as Vite's dev server transforms it). */
  template(url: string): Promise<string>
  /** `<link>` tags for the chunks and stylesheets of the modules a page rendered with. */
  preloads(modules: string[]): string
}

/** The built app: `dist/` (browser) and `dist-server/` (its server entry); undefined when not built. */
export async function loadBuiltRenderer(distDir: string, serverDir: string): Promise<PageRenderer | undefined> {
  const templateFile = join(distDir, 'index.html')
  const entryFile = join(serverDir, 'entry-server.js')
  if (!existsSync(templateFile) || !existsSync(entryFile)) return undefined
  const template = scriptsAfterContent(readFileSync(templateFile, 'utf8'))
  const manifestFile = join(distDir, '.vite', 'ssr-manifest.json')
  const manifest = existsSync(manifestFile) ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, string[]>) : {}
  const entry = (await import(pathToFileURL(entryFile).href)) as AppEntry
  return { loadEntry: async () => entry, template: async () => template, preloads: (modules) => preloadLinks(modules, manifest) }
}

/** Hot reload: the entry through Vite's module graph, the shell through its HTML transforms. */
export function devRenderer(vite: ViteDevServer, indexFile: string): PageRenderer {
  return {
    loadEntry: () => vite.ssrLoadModule('/src/entry-server.ts') as Promise<AppEntry>,
    template: (url) => vite.transformIndexHtml(url, readFileSync(indexFile, 'utf8')),
    preloads: () => '', // Vite's dev server serves modules and styles as they are imported
  }
}

function preloadLinks(modules: string[], manifest: Record<string, string[]>): string {
  const seen = new Set<string>()
  const links: string[] = []
  for (const id of modules) {
    for (const file of manifest[id] ?? []) {
      if (seen.has(file)) continue
      seen.add(file)
      if (file.endsWith('.js')) links.push(`<link rel="modulepreload" crossorigin fetchpriority="low" href="${file}">`)
      // Each view's own styles, in the head: the page must look right before (and without) its script.
      else if (file.endsWith('.css')) links.push(`<link rel="stylesheet" crossorigin href="${file}">`)
    }
  }
  return links.join('\n    ')
}

/**
 * The page reads without its scripts (it arrives rendered), so they must not compete with what the
 * first paint needs: the stylesheet, the fonts and the article's first image. `fetchpriority="low"`
 * tells the browser so; on a slow link the text paints before the app downloads.
 */
export function scriptsAfterContent(template: string): string {
  const prioritized = template
    .replace(/<script type="module" crossorigin src=/g, '<script type="module" crossorigin fetchpriority="low" src=')
    .replace(/<link rel="modulepreload" crossorigin href=/g, '<link rel="modulepreload" crossorigin fetchpriority="low" href=')
  if (!prioritized.includes('<script type="module" crossorigin fetchpriority="low"')) {
    throw new Error('The built index.html has no module script in the expected form: the app script priority cannot be set')
  }
  return stylesheetsFirst(prioritized)
}

const HEAD_SLOT = '<!--lectern-head-->'

/**
 * Vite writes the app's stylesheet last in the head, after the app script and its preloads; the
 * page's own preloads go in at the head slot, before them all. The browser starts requests in the
 * order it finds them, so on a slow link the one thing the first paint waits for shared the line
 * with four scripts that started first. The stylesheet moves to the head slot, ahead of them.
 */
function stylesheetsFirst(template: string): string {
  const sheets = template.match(/[ \t]*<link rel="stylesheet" crossorigin href="[^"]+">\n?/g) ?? []
  if (!sheets.length || !template.includes(HEAD_SLOT)) return template
  const withoutSheets = sheets.reduce((html, sheet) => html.replace(sheet, ''), template)
  return withoutSheets.replace(HEAD_SLOT, `${sheets.map((sheet) => sheet.trim()).join('\n    ')}\n    ${HEAD_SLOT}`)
}
