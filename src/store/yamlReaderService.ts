/**
 * What a YAML reader worker does: read one part of a text (see `splitForReading`) and answer with it as
 * plain data. Kept apart from the worker's entry file so that tests can run it over a real MessagePort.
 */
import {
  clearParseCache,
  placeImportFindings,
  quickDocumentValue,
  quickPlaces,
  readStreamPart,
} from '../core'
import type { StreamPart } from '../core'

/** A part of a text to read; `id` names the read it belongs to (ids only grow). */
export interface ReadRequest {
  id: number
  text: string
  firstLine: number
  /**
   * Only to warm the worker up (see ReaderPool.prepare): nobody waits for the answer, so none is sent (the
   * page would only decode and drop it), and the parses are dropped too: their documents will not come again.
   */
  warmUp?: boolean
}

/** The answer: the part, or that a newer read came first, or that reading failed (the page reads it then). */
export type ReadResponse =
  { id: number; part: StreamPart } | { id: number; superseded: true } | { id: number; error: string }

/** The two ends of a message channel the service needs: `self` in a worker, a MessagePort in tests. */
export interface ServiceEndpoint {
  postMessage(message: ReadResponse): void
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null
}

/**
 * A read parses for at most this long before it lets the worker take its next message, so that a newer
 * read (the user imported another file, or typed on) stops an older one within this time.
 */
const SLICE_MS = 30

/**
 * Serves read requests on the endpoint; a request stops early when a newer one arrives. `sliceMs` is how
 * long a read runs between pauses (tests pause after every document).
 */
export function serveYamlReads(endpoint: ServiceEndpoint, sliceMs = SLICE_MS): void {
  let newest = 0
  const yieldToMessages = createYield()
  endpoint.onmessage = (event) => {
    const request = event.data
    newest = Math.max(newest, request.id)
    void read(request)
  }

  async function read(request: ReadRequest): Promise<void> {
    const { id } = request
    try {
      const steps = readStreamPart(request.text, request.firstLine, quickDocumentValue)
      let sliceStart = performance.now()
      for (;;) {
        const step = steps.next()
        if (step.done) {
          const { part, parsed } = step.value
          // With the places of the import rules' findings: the page then parses nothing to show them.
          // A warm-up places them too, so that the rules' code is compiled before the real read.
          const places = placeImportFindings(request.text, part.documents, parsed, quickPlaces)
          if (request.warmUp) clearParseCache()
          else endpoint.postMessage({ id, part: { ...part, places } })
          return
        }
        if (performance.now() - sliceStart < sliceMs) continue
        await yieldToMessages()
        if (newest !== id) {
          endpoint.postMessage({ id, superseded: true })
          return
        }
        sliceStart = performance.now()
      }
    } catch (error) {
      endpoint.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
    }
  }
}

/**
 * A pause that lets queued messages run first. A MessageChannel message is a task like the requests, so
 * they get their turn; setTimeout would work too but is clamped to 4 ms when nested.
 */
function createYield(): () => Promise<void> {
  const channel = new MessageChannel()
  const waiting: (() => void)[] = []
  channel.port1.onmessage = () => waiting.shift()?.()
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve)
      channel.port2.postMessage(null)
    })
}
