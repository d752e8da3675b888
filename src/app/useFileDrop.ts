import { useEffect, useState } from 'react'
import { studioStore } from '../store'
import { importYamlFile } from '../features/toolbar/readYamlFile'

function carriesFiles(event: DragEvent): boolean {
  return event.dataTransfer?.types.includes('Files') ?? false
}

/** Files dropped anywhere on the page are imported; returns true while a file is dragged over the page. */
export function useFileDrop(): boolean {
  const [dragging, setDragging] = useState(false)
  useEffect(() => {
    let depth = 0
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth++
      setDragging(true)
      // The drop comes a moment later: time for the background readers to get ready.
      if (depth === 1) studioStore.getState().prepareImport()
    }
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy'
    }
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth = 0
      setDragging(false)
      const files = [...(event.dataTransfer?.files ?? [])]
      const [first] = files
      if (!first) return
      if (files.length > 1)
        studioStore.getState().notify('info', `Importing ${first.name} only: drop one file at a time.`)
      void importYamlFile(first)
    }
    window.addEventListener('dragenter', onDragEnter)
    window.addEventListener('dragleave', onDragLeave)
    window.addEventListener('dragover', onDragOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onDragEnter)
      window.removeEventListener('dragleave', onDragLeave)
      window.removeEventListener('dragover', onDragOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [])
  return dragging
}
