import { OtherTabBanner } from './OtherTabBanner'
import { SetAsideBanner } from './SetAsideBanner'
import { UnreadableSaveBanner } from './UnreadableSaveBanner'

/** The banners of rare states: an unreadable save, a design set aside, a design changed in another tab. */
export default function Banners() {
  return (
    <>
      <UnreadableSaveBanner />
      <SetAsideBanner />
      <OtherTabBanner />
    </>
  )
}
