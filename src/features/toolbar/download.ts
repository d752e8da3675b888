/** Saves text as a file through a temporary blob link (no server involved). */
export function downloadText(fileName: string, text: string, type = 'application/yaml'): void {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: Chromium starts the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** `<first StatefulSet's name>.yaml`, or `design.yaml` when the design has none. */
export function designFileName(statefulSetName: string | undefined): string {
  return `${statefulSetName || 'design'}.yaml`
}
