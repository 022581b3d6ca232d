import type { Font } from '../stores/preferencesModel'

/**
 * Self-hosted faces, fetched only when a reader picks one: each import becomes a lazy CSS chunk
 * whose @font-face rules carry unicode-range, so only the subsets a page uses are downloaded.
 * Both cover Vietnamese (checked glyph by glyph against the seed article in fontCoverage.test.ts).
 */
const loaders: Record<Exclude<Font, 'system'>, () => Promise<unknown>> = {
  serif: () => import('@fontsource-variable/literata/wght.css'),
  legible: () => import('@fontsource-variable/lexend/wght.css'),
}

const loaded = new Set<Font>()

export async function loadFont(font: Font): Promise<void> {
  if (font === 'system' || loaded.has(font)) return
  loaded.add(font)
  try {
    await loaders[font]()
  } catch {
    // Offline or blocked: the fallback faces in the font stack keep the text readable.
    loaded.delete(font)
  }
}
