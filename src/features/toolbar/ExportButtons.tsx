import { exportYaml, listStatefulSets } from '../../core'
import { studioStore } from '../../store'
import { designFileName, downloadText } from './download'

async function copyToClipboard(text: string, success: string): Promise<void> {
  const { notify } = studioStore.getState()
  try {
    await navigator.clipboard.writeText(text)
    notify('success', success)
  } catch {
    notify(
      'error',
      'The browser did not allow copying to the clipboard. Select the text and copy it yourself.',
    )
  }
}

/**
 * The exact text of the editor: a draft that does not parse yet is what the user sees, so it is what they get.
 * Read when a button is pressed rather than subscribed to, so that typing does not re-render the toolbar.
 */
function editorText(): string {
  const { draft, design } = studioStore.getState()
  return draft?.text ?? exportYaml(design)
}

/** Copy YAML, Download and Share link: the design leaves the app only through these, never over the network. */
export function ExportButtons() {
  const download = () => {
    const text = editorText()
    const firstStatefulSet = listStatefulSets(studioStore.getState().design)[0]
    const fileName = designFileName(firstStatefulSet?.name)
    downloadText(fileName, text)
    studioStore.getState().notify('success', `Downloaded ${fileName}.`)
  }

  const share = async () => {
    const state = studioStore.getState()
    if (state.draft) {
      state.notify('error', 'The YAML has a syntax error; fix it first so the link carries what you see.')
      return
    }
    // Loaded on the first click (the link is compressed asynchronously anyway), not with the first paint.
    const { createShareUrl } = await import('../../store/shareLink')
    const url = await createShareUrl(location.href, editorText())
    await copyToClipboard(
      url,
      `Share link copied (${url.length.toLocaleString()} characters). The design travels in the link itself; nothing is uploaded.`,
    )
  }

  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => void copyToClipboard(editorText(), 'YAML copied to the clipboard.')}
      >
        Copy YAML
      </button>
      <button type="button" className="button" onClick={download}>
        Download
      </button>
      <button type="button" className="button" onClick={() => void share()}>
        Share link
      </button>
    </>
  )
}
