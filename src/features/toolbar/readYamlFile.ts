import { MAX_YAML_BYTES } from '../../core'
import { studioStore } from '../../store'

/** Accepted by the file picker and by drag and drop. */
export const YAML_FILE_TYPES = '.yaml,.yml,application/yaml,application/x-yaml,text/yaml,text/x-yaml'

/** Imports a file the user chose or dropped as one undoable step; too large or unreadable files are reported. */
export async function importYamlFile(file: File): Promise<void> {
  const { notify, importFile } = studioStore.getState()
  if (file.size > MAX_YAML_BYTES) {
    const megabytes = (file.size / 1024 / 1024).toFixed(1)
    notify(
      'error',
      `${file.name} is ${megabytes} MB; StatefulSet Studio reads at most ${MAX_YAML_BYTES / 1024 / 1024} MB. Your design is unchanged.`,
    )
    return
  }
  let text: string
  try {
    text = await file.text()
  } catch {
    notify('error', `${file.name} could not be read from disk. Your design is unchanged.`)
    return
  }
  importFile(text, file.name)
}
