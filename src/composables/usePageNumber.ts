import { computed, type ComputedRef } from 'vue'
import { useRoute } from 'vue-router'

/** The highest page number read from an address; beyond it is not a real page of any list. */
const MAX_PAGE = 10_000

/** `?trang=N` of a paged list; anything that is not a page number reads as the first page. */
export function usePageNumber(): ComputedRef<number> {
  const route = useRoute()
  return computed(() => {
    const n = Number(route.query.trang)
    return Number.isInteger(n) && n >= 1 && n <= MAX_PAGE ? n : 1
  })
}
