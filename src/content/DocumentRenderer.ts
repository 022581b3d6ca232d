import { defineComponent, h, type PropType, type VNode, type VNodeArrayChildren } from 'vue'
import { RouterLink, useRouter } from 'vue-router'
import { goToAnchor } from '../router/goToAnchor'
import { useI18n } from 'petite-vue-i18n'
import type { ArticleDocument, Block, Inline, TableCell } from '../../core/document'
import { inlineText } from '../../core/text'

/**
 * Renders an article document with render functions. The renderer chooses every element;
 * the document only says which kind of node comes next, so no source markup reaches the DOM.
 */
export default defineComponent({
  name: 'DocumentRenderer',
  props: {
    document: { type: Object as PropType<ArticleDocument>, required: true },
    /** The site's address, for the absolute link addresses printed after links; none, none printed. */
    printOrigin: { type: String, default: undefined },
  },
  setup(props) {
    const { t } = useI18n()
    const router = useRouter()
    let tableCount = 0
    // Printed after each link (print.css): paper has no href, and `attr(href)` would print
    // "/gop-y" for a link inside the site. The server's origin, so both renders agree.
    const printHref = (href: string): string | undefined =>
      (props.printOrigin === undefined || href.startsWith('#') ? undefined : new URL(href, props.printOrigin).href)

    const inline = (nodes: readonly Inline[]): VNodeArrayChildren => nodes.map(renderInline)

    function renderInline(node: Inline): VNode | string {
      switch (node.type) {
        case 'text':
          return node.value
        case 'strong':
          return h('strong', inline(node.children))
        case 'emphasis':
          return h('em', inline(node.children))
        case 'delete':
          return h('del', inline(node.children))
        case 'code':
          return h('code', node.value)
        case 'break':
          return h('br')
        case 'lang':
          return h('span', { lang: node.lang }, inline(node.children))
        case 'abbr':
          return h('abbr', { title: node.title }, inline(node.children))
        case 'link':
          return renderLink(node)
      }
    }

    function renderLink(node: Extract<Inline, { type: 'link' }>): VNode {
      const children = inline(node.children)
      if (node.href.startsWith('/') && !node.newWindow) {
        return h(RouterLink, { to: node.href, title: node.title, 'data-print-href': printHref(node.href) }, () => children)
      }
      if (node.newWindow) {
        children.push(h('span', { class: 'visually-hidden' }, ` ${t('article.newWindow')}`))
      }
      return anchor(node.href, node.newWindow, { title: node.title }, children)
    }

    /** An `<a>`; a same-page one moves focus to its target, as the contents list does. */
    function anchor(href: string, newWindow: boolean | undefined, attrs: Record<string, unknown>, children: VNodeArrayChildren): VNode {
      const fragment = href.startsWith('#') ? href.slice(1) : undefined
      return h('a', {
        href,
        ...attrs,
        'data-print-href': printHref(href),
        ...(newWindow ? { target: '_blank' } : {}),
        rel: fragment !== undefined ? undefined : 'noopener noreferrer',
        ...(fragment
          ? { onClick: (event: MouseEvent) => {
            event.preventDefault()
            void goToAnchor(router, fragment)
          } }
          : {}),
      }, children)
    }

    /** A picture; a linked one is the link's whole content, so its description names the link. */
    function renderFigure(block: Extract<Block, { type: 'figure' }>): VNode {
      const alt = block.image.decorative ? '' : block.image.alt || t('article.missingAlt')
      const img = h('img', {
        src: block.image.src,
        alt,
        width: block.image.width,
        height: block.image.height,
        loading: 'lazy',
        decoding: 'async',
      })
      let picture: VNode = img
      if (block.href) {
        const children: VNodeArrayChildren = [img]
        if (block.newWindow) children.push(h('span', { class: 'visually-hidden' }, ` ${t('article.newWindow')}`))
        picture = block.href.startsWith('/') && !block.newWindow
          ? h(RouterLink, { to: block.href, 'data-print-href': printHref(block.href) }, () => children)
          : anchor(block.href, block.newWindow, {}, children)
      }
      return h('figure', { id: block.id }, [picture, block.caption.length ? h('figcaption', inline(block.caption)) : null])
    }

    function renderCell(cell: TableCell): VNode {
      return h(cell.header ? 'th' : 'td', {
        scope: cell.header ? cell.scope : undefined,
        class: cell.align ? `align-${cell.align}` : undefined,
      }, inline(cell.children))
    }

    function renderTable(block: Extract<Block, { type: 'table' }>): VNode {
      tableCount++
      const label = block.caption.length ? inlineText(block.caption) : t('article.tableLabel', { n: tableCount })
      // A wide table scrolls inside its own focusable region (keyboard users can scroll it
      // too) instead of making the whole page scroll sideways at 320 px.
      return h('div', { id: block.id, class: 'table-scroll', role: 'region', 'aria-label': label, tabindex: 0 }, [
        h('table', [
          block.caption.length ? h('caption', inline(block.caption)) : null,
          block.head.length ? h('thead', block.head.map((row) => h('tr', row.map(renderCell)))) : null,
          h('tbody', block.body.map((row) => h('tr', row.map(renderCell)))),
        ]),
      ])
    }

    function renderBlock(block: Block): VNode {
      switch (block.type) {
        case 'paragraph':
          return h('p', { id: block.id }, inline(block.children))
        case 'heading':
          return h(`h${block.level}`, { id: block.id, tabindex: -1 }, inline(block.children))
        case 'list':
          return h(block.ordered ? 'ol' : 'ul', { id: block.id, start: block.start },
            block.items.map((item) => h('li', { id: tightItemId(item) }, renderItem(item))))
        case 'quote':
          return h('blockquote', { id: block.id, lang: block.lang }, block.children.map(renderBlock))
        case 'address':
          return h('address', { id: block.id }, block.children.map(renderBlock))
        case 'figure':
          return renderFigure(block)
        case 'table':
          return renderTable(block)
        case 'code':
          return h('pre', { tabindex: 0 }, h('code', block.value))
        case 'rule':
          return h('hr')
      }
    }

    // A list item that is one paragraph renders without the <p>, as a tight list should
    // (a same-page link's target id then goes on the <li>).
    const tight = (item: Block[]): Extract<Block, { type: 'paragraph' }> | undefined =>
      (item.length === 1 && item[0]!.type === 'paragraph' ? item[0] : undefined)
    const tightItemId = (item: Block[]): string | undefined => tight(item)?.id
    const renderItem = (item: Block[]): VNodeArrayChildren => {
      const paragraph = tight(item)
      return paragraph ? inline(paragraph.children) : item.map(renderBlock)
    }

    return () => {
      tableCount = 0
      return h('div', { class: 'document' }, props.document.blocks.map(renderBlock))
    }
  },
})
