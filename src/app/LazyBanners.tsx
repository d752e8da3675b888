import { lazyPart } from '../features/common/lazyPart'
import { useStudio } from '../store'

const banners = lazyPart(() => import('./Banners').then((module) => module.default))

/**
 * The banners load only when one of them has something to say: most visits show none, so the first paint
 * does not carry them. Each banner still decides for itself whether it shows.
 */
export function LazyBanners() {
  const needed = useStudio(
    (state) => state.unreadableSave !== null || state.setAside.length > 0 || state.otherTabDesign !== null,
  )
  return needed ? <banners.Part fallback={null} /> : null
}
