import { studioStore, useStudio } from '../store'
import { downloadText } from '../features/toolbar/download'

/** Shown when the saved design could not be read: the data was kept aside and can be downloaded. */
export function UnreadableSaveBanner() {
  const unreadableSave = useStudio((state) => state.unreadableSave)
  if (unreadableSave === null) return null
  return (
    <div className="banner banner-error" role="alert">
      <span>
        The design saved in this browser could not be read, so a fresh design was started. The saved data was
        kept aside: download it to recover your work by hand.
      </span>
      <button
        type="button"
        className="button"
        onClick={() => downloadText('statefulset-studio-saved-data.json', unreadableSave, 'application/json')}
      >
        Download saved data
      </button>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => studioStore.getState().dismissUnreadableSave()}
      >
        Dismiss
      </button>
    </div>
  )
}
