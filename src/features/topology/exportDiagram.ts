import { DIAGRAM_VARIABLES } from './diagramStyles'

/** The largest canvas side Chromium and Firefox draw reliably; bigger diagrams are exported scaled down. */
const MAX_CANVAS_SIDE = 16000

/**
 * A standalone SVG file of the whole diagram, in the current theme's colours: `content` holds the drawing
 * (the screen draws only the part near the view, so the caller passes every node: see wholeDiagram.tsx),
 * `svg` is the diagram on screen, whose computed theme colours are written into the file.
 */
export function serializeDiagram(
  svg: SVGSVGElement,
  width: number,
  height: number,
  content: SVGSVGElement = svg,
): string {
  const copy = content.cloneNode(true) as SVGSVGElement
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg')
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`)
  copy.setAttribute('width', String(width))
  copy.setAttribute('height', String(height))
  copy.removeAttribute('style')
  const computed = getComputedStyle(svg)
  const variables = DIAGRAM_VARIABLES.map(
    (name) => `${name}: ${computed.getPropertyValue(name).trim()};`,
  ).join(' ')
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style')
  style.textContent = `.topology-svg { ${variables} }`
  copy.insertBefore(style, copy.firstChild)
  // The background rectangle: viewers show transparent SVGs on white or black, not the app's panel colour.
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect')
  background.setAttribute('width', '100%')
  background.setAttribute('height', '100%')
  background.setAttribute('fill', computed.getPropertyValue('--panel').trim() || '#ffffff')
  copy.insertBefore(background, style.nextSibling)
  return new XMLSerializer().serializeToString(copy)
}

/** Draws the SVG text onto a canvas at up to twice its size and returns the PNG. */
export async function renderPng(svgText: string, width: number, height: number): Promise<Blob> {
  const scale = Math.min(2, MAX_CANVAS_SIDE / Math.max(width, height))
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.max(1, Math.round(width * scale))
    canvas.height = Math.max(1, Math.round(height * scale))
    const context = canvas.getContext('2d')
    if (!context) throw new Error('This browser cannot draw on a canvas.')
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The PNG could not be made.'))),
        'image/png',
      ),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** Offers a file for download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}
