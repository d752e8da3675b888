import { useRef } from 'react'
import type { ChangeEvent } from 'react'
import { studioStore } from '../../store'
import { importYamlFile, YAML_FILE_TYPES } from './readYamlFile'

/** Opens the system file picker straight away; the chosen file replaces the design as one undoable step. */
export function ImportButton() {
  const inputRef = useRef<HTMLInputElement>(null)
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0]
    // Reset so that choosing the same file again still fires a change.
    event.target.value = ''
    if (file) void importYamlFile(file)
  }
  return (
    <>
      <button
        type="button"
        className="button"
        onClick={() => {
          // The user now spends a while in the picker: time for the background readers to get ready.
          studioStore.getState().prepareImport()
          inputRef.current?.click()
        }}
        title="Import a .yaml file (or drop it on the page)"
      >
        Import
      </button>
      <input
        ref={inputRef}
        type="file"
        accept={YAML_FILE_TYPES}
        hidden
        data-testid="import-file-input"
        aria-label="YAML file to import"
        onChange={onChange}
      />
    </>
  )
}
