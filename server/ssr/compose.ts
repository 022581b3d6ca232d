import type { RenderedPage } from '../../src/entry-server'

/**
 * The rendered page inside the shell: its language, head tags, preloads, markup and hydration
 * data. A stylesheet inside `<noscript>` hides what only works with JavaScript (text-size
 * buttons, settings, shortcuts) from a reader without it, with no inline style for the CSP.
 */
export function composePage(template: string, page: RenderedPage, preloads: string): string {
  return template
    .replace(/<html lang="[^"]*"/, `<html lang="${page.lang}"`)
    .replace('<!--lectern-head-->', `${page.head}\n    ${preloads}\n    <noscript><link rel="stylesheet" href="/no-script.css"></noscript>`)
    .replace('<!--lectern-app-->', () => page.app)
    .replace('<!--lectern-state-->', () => `<script type="application/json" id="lectern-state">${page.state}</script>`)
}
