/**
 * Share links: the design's YAML, deflated and base64url-encoded into the URL fragment (`#design=…`).
 * The fragment never reaches a server (browsers do not send it), so a shared design stays private to
 * whoever has the link. Pure apart from the platform's CompressionStream (browsers and Node 20).
 */

/** The fragment's parameter name. */
export const SHARE_PARAMETER = 'design'
/** Longest fragment we read: far beyond any real design, short of what would hang the tab. */
export const MAX_FRAGMENT_CHARS = 2_000_000
/** Most bytes a link may inflate to; a deflate "bomb" stops here (matches the importer's limit). */
export const MAX_SHARED_BYTES = 5 * 1024 * 1024

/** What reading a fragment gives: nothing to read, the YAML, or why the link cannot be read. */
export type SharedDesign =
  { kind: 'none' } | { kind: 'design'; yaml: string } | { kind: 'broken'; reason: string }

async function collect(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array | null> {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/={1,2}$/, '')
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

function streamOf(bytes: Uint8Array<ArrayBuffer>): ReadableStream<BufferSource> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(bytes)
      controller.close()
    },
  })
}

/** The fragment (without `#`) that carries this YAML. */
export async function encodeShareFragment(yaml: string): Promise<string> {
  const compressed = streamOf(new TextEncoder().encode(yaml)).pipeThrough(
    new CompressionStream('deflate-raw'),
  )
  const bytes = await collect(compressed, Number.POSITIVE_INFINITY)
  return `${SHARE_PARAMETER}=${toBase64Url(bytes ?? new Uint8Array())}`
}

/** Reads a location hash (`#design=…` or empty); never throws, whatever the link holds. */
export async function decodeShareFragment(hash: string): Promise<SharedDesign> {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash
  const prefix = `${SHARE_PARAMETER}=`
  if (!fragment.startsWith(prefix)) return { kind: 'none' }
  const payload = fragment.slice(prefix.length)
  if (payload.length > MAX_FRAGMENT_CHARS) {
    return { kind: 'broken', reason: 'the link is too long to be a design made here' }
  }
  const bytes = fromBase64Url(payload)
  if (!bytes || bytes.length === 0)
    return { kind: 'broken', reason: 'the link holds characters a share link never has' }
  try {
    const inflated = await collect(
      streamOf(bytes).pipeThrough(new DecompressionStream('deflate-raw')),
      MAX_SHARED_BYTES,
    )
    if (!inflated)
      return {
        kind: 'broken',
        reason: `the design in the link is larger than ${MAX_SHARED_BYTES / 1024 / 1024} MB`,
      }
    return { kind: 'design', yaml: new TextDecoder('utf-8', { fatal: true }).decode(inflated) }
  } catch {
    return { kind: 'broken', reason: 'the link is damaged or cut short (was it copied completely?)' }
  }
}

/** The full share URL for a page address and YAML. */
export async function createShareUrl(pageUrl: string, yaml: string): Promise<string> {
  const url = new URL(pageUrl)
  url.hash = await encodeShareFragment(yaml)
  return url.toString()
}
