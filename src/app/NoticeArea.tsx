import { useEffect } from 'react'
import { studioStore, useStudio } from '../store'

const SHOWN_FOR_MS = 6000

/**
 * The app's messages: a polite live region that always exists (so screen readers announce changes) and a
 * visible toast. Confirmations fade after a few seconds; errors stay until dismissed.
 */
export function NoticeArea() {
  const notice = useStudio((state) => state.notice)
  useEffect(() => {
    if (!notice || notice.tone === 'error') return
    const timer = setTimeout(() => {
      if (studioStore.getState().notice?.id === notice.id) studioStore.getState().dismissNotice()
    }, SHOWN_FOR_MS)
    return () => clearTimeout(timer)
  }, [notice])

  return (
    <div role="status" aria-live="polite" className="notice-area">
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
