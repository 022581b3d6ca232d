import { h, type VNode } from 'vue'
import { layout } from './layout'

/** A page that explains an error and offers a way on. */
export function messagePage(props: { base: string; title: string; text: string; link: { href: string; text: string } }): VNode {
  return layout({ title: props.title, base: props.base }, [
    h('h1', props.title),
    h('p', props.text),
    h('p', h('a', { href: props.link.href }, props.link.text)),
  ])
}
