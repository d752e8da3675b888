import { useEffect, useState } from 'react'
import { studioStore, useStudio } from '../store'

const SHOWN_FOR_MS = 6000

/**
 * A large text being read is announced only when it takes longer than this: a quick read would only make
 * the message flash (and a screen reader announce it for nothing).
 */
const READING_SHOWN_AFTER_MS = 150

/**
 * The app's messages: a polite live region that always exists (so screen readers announce changes) and a
 * visible toast. Confirmations fade after a few seconds; errors stay until dismissed. While a large text
 * is read in the background, a status says so; the design on screen stays until the text is read.
 */
export function NoticeArea() {
  const notice = useStudio((state) => state.notice)
  const reading = useStudio((state) => state.reading)
  const [shownReading, setShownReading] = useState<number | null>(null)
  useEffect(() => {
    if (!reading) return
    const timer = setTimeout(() => setShownReading(reading.id), READING_SHOWN_AFTER_MS)
    return () => clearTimeout(timer)
  }, [reading])
  useEffect(() => {
    if (!notice || notice.tone === 'error') return
    const timer = setTimeout(() => {
      if (studioStore.getState().notice?.id === notice.id) studioStore.getState().dismissNotice()
    }, SHOWN_FOR_MS)
    return () => clearTimeout(timer)
  }, [notice])

  return (
    <div role="status" aria-live="polite" className="notice-area">
      {reading && shownReading === reading.id && (
        <div className="notice notice-busy" data-testid="reading-status">
          <span className="busy-indicator" aria-hidden="true" />
          <span className="notice-message">{reading.message}</span>
        </div>
      )}
      {notice && (
        <div className={`notice notice-${notice.tone}`} key={notice.id}>
          <span className="notice-message">{notice.message}</span>
          <button
            type="button"
            className="button button-quiet"
            onClick={() => studioStore.getState().dismissNotice()}
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  )
}
