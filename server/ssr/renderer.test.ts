import { describe, expect, it } from 'vitest'
import { scriptsAfterContent } from './renderer'

// The shape of dist/index.html as Vite writes it.
const BUILT_SHELL = `<head>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/framework-def.js">
    <link rel="stylesheet" crossorigin href="/assets/index-ghi.css">
  </head>`

describe('the built shell', () => {
  it('asks for the app and its preloads at low priority, the stylesheet as before', () => {
    const shell = scriptsAfterContent(BUILT_SHELL)
    expect(shell).toContain('<script type="module" crossorigin fetchpriority="low" src="/assets/index-abc.js">')
    expect(shell).toContain('<link rel="modulepreload" crossorigin fetchpriority="low" href="/assets/framework-def.js">')
    expect(shell).toContain('<link rel="stylesheet" crossorigin href="/assets/index-ghi.css">')
  })

  it('fails loudly if Vite ever writes the tags another way, rather than silently losing the priority', () => {
    expect(() => scriptsAfterContent('<script type="module" src="/x.js"></script>')).toThrow(/module script/)
  })
})
