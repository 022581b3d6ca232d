import { createSSRApp, type VNode } from 'vue'
import { renderToString } from 'vue/server-renderer'

/** Renders a page on the server: Vue escapes every value, and no script is sent. */
export async function renderPage(page: () => VNode): Promise<string> {
  return `<!doctype html>\n${await renderToString(createSSRApp({ render: page }))}`
}
