import { hydrateWhenIdle } from '../ssr/deferredHydration'
import ArticleList from './ArticleList.vue'

/** The article list of Home and the category pages, hydrated in its own idle task (see hydrateWhenIdle). */
export default hydrateWhenIdle(ArticleList)
