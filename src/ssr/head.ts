/** What a page says about itself in `<head>`: sharing, search, and the language of its content. */
export interface PageMeta {
  description?: string
  /** The content's language when it is not the interface's (an English article in the Vietnamese interface). */
  lang?: string
  type?: 'website' | 'article'
  image?: { url: string; alt: string }
  /** schema.org data, written as `application/ld+json`. */
  jsonLd?: Record<string, unknown>
}

/**
 * The head of one server render. Views register getters while they set up; they are read after
 * rendering, when every resource has arrived (a getter read during setup would see "loading").
 * The last title that has a value wins, as in the browser, where the innermost view sets it last.
 */
export class PageHead {
  private readonly titles: (() => string | undefined)[] = []
  private readonly metas: (() => PageMeta | undefined)[] = []

  addTitle(title: () => string | undefined): void {
    this.titles.push(title)
  }

  addMeta(meta: () => PageMeta | undefined): void {
    this.metas.push(meta)
  }

  resolve(): { title?: string; meta: PageMeta } {
    const title = this.titles.map((get) => get()).filter((t): t is string => Boolean(t)).at(-1)
    const meta = Object.assign({}, ...this.metas.map((get) => get() ?? {})) as PageMeta
    return { title, meta }
  }
}
