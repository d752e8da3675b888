import { afterEach, describe, expect, it } from 'vitest'
import {
  clearParseCache,
  exportYaml,
  importYaml,
  lint,
  NGINX_WEB_YAML,
  MAX_YAML_BYTES,
  uncachedCharacters,
} from '../core'
import { createBackgroundReader } from './backgroundRead'
import { createReaderPool } from './readerPool'
import type { ReaderThread } from './readerPool'
import { createStudioStore } from './studioStore'
import { createMemoryStorage } from './testStorage'
import { serveYamlReads } from './yamlReaderService'
import type { ReadRequest, ReadResponse, ServiceEndpoint } from './yamlReaderService'

/**
 * The reader service on the far end of a real MessageChannel: messages are structured-cloned as they are
 * between the page and a Worker, and answered asynchronously. Only the thread differs (the unit tests run
 * in Node; e2e/import-large.spec.ts runs the real module Worker in Chromium).
 */
const openPorts: MessagePort[] = []
function channelThread(sliceMs?: number): ReaderThread & { requests: ReadRequest[] } {
  const channel = new MessageChannel()
  openPorts.push(channel.port1, channel.port2)
  serveYamlReads(channel.port2 as unknown as ServiceEndpoint, sliceMs)
  const thread: ReaderThread & { requests: ReadRequest[] } = {
    requests: [],
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    postMessage(request) {
      thread.requests.push(request)
      channel.port1.postMessage(request)
    },
    terminate() {
      channel.port1.close()
      channel.port2.close()
    },
  }
  channel.port1.onmessage = (event: MessageEvent<ReadResponse>) => thread.onmessage?.(event)
  return thread
}

afterEach(() => {
  for (const port of openPorts.splice(0)) port.close()
})

/** Distinct StatefulSet/Service pairs (the nginx preset) with ConfigMaps: three documents, 1.4 KB a pair. */
function manyDocuments(pairs: number, tag = ''): string {
  const documents: string[] = []
  for (let i = 0; i < pairs; i++) {
    documents.push(
      NGINX_WEB_YAML.replace(/\bweb\b/g, `web${i}${tag}`).replace(/\bnginx\b(?!-slim)/g, `nginx${i}${tag}`),
    )
    documents.push(
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings-${i}${tag}\ndata:\n  key: "v"\n`,
    )
  }
  return documents.join('---\n')
}

/** After everything already queued has run (the pool's loading included). */
const settled = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Below the test reader's minimum of new characters: read synchronously. */
const SMALL = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: small\n'

/** What the store says while it reads a text, e.g. "Reading big.yaml (26 KB)…". */
const readingMessage = (what: string, text: string) =>
  `Reading ${what} (${Math.round(text.length / 1024)} KB)…`

/** A reader over two channel threads that takes any text above 1,000 new characters. */
function createTestReader(sliceMs?: number) {
  const threads: ReturnType<typeof channelThread>[] = []
  const read = createBackgroundReader({
    // As the app loads it: with the first large read (the promise stands in for the dynamic import).
    loadPool: async () =>
      createReaderPool({
        createThread: () => {
          const thread = channelThread(sliceMs)
          threads.push(thread)
          return thread
        },
        threads: 2,
      }),
    minimumCharacters: 1000,
  })
  return { read, threads }
}

describe('createBackgroundReader', () => {
  it('leaves small texts, and texts this thread has parsed already, to the caller', () => {
    const { read, threads } = createTestReader()
    expect(read(SMALL)).toBeNull()
    const text = manyDocuments(20)
    importYaml(text) // parsed here: reading it again here costs a few cache lookups
    expect(read(text)).toBeNull()
    expect(threads).toHaveLength(0) // no worker was even started
  })

  it('leaves text over the size limit to the caller, which refuses it at once', () => {
    const { read } = createTestReader()
    expect(read('a'.repeat(MAX_YAML_BYTES + 1))).toBeNull()
  })

  it('reads a large text in two parts, one per thread, to what importYaml gives', async () => {
    const { read, threads } = createTestReader()
    const text = manyDocuments(60, 'a')
    clearParseCache()
    const result = await read(text)
    expect(threads.map((thread) => thread.requests.length)).toEqual([1, 1])
    expect(threads[0]!.requests[0]!.text + threads[1]!.requests[0]!.text).toBe(text)
    clearParseCache()
    const expected = importYaml(text)
    expect(result).toEqual(expected)
    expect(exportYaml(result!.design!)).toBe(text)
    expect(lint(result!.design!)).toEqual(lint(expected.design!))
  })

  it('reports what importYaml reports for a text that does not parse, with whole-text lines', async () => {
    const { read } = createTestReader()
    const text = manyDocuments(40, 'b') + '---\nkind: [unclosed\n'
    clearParseCache()
    const result = await read(text)
    expect(result?.design).toBeUndefined()
    clearParseCache()
    expect(result).toEqual(importYaml(text))
    expect(result!.findings[0]!.line).toBeGreaterThan(1000)
  })

  it('lets the last read win: an earlier one still running gives null', async () => {
    const { read } = createTestReader(0)
    clearParseCache()
    const first = read(manyDocuments(40, 'c'))
    const secondText = manyDocuments(40, 'd')
    const second = read(secondText)
    expect(await first).toBeNull()
    const result = await second
    expect(exportYaml(result!.design!)).toBe(secondText)
  })

  it('warms the workers up on request, and a read right after still gives its own result', async () => {
    const { read, threads } = createTestReader(0)
    read.prepare()
    await settled() // the pool loads first
    expect(threads.map((thread) => thread.requests.length)).toEqual([1, 1])
    expect(threads.every((thread) => thread.requests[0]!.warmUp)).toBe(true)
    const text = manyDocuments(30, 'w')
    clearParseCache()
    const result = await read(text)
    expect(exportYaml(result!.design!)).toBe(text)
    read.prepare()
    await settled()
    expect(threads.map((thread) => thread.requests.length)).toEqual([2, 2]) // warmed once only
  })

  it('does not warm up over a read in progress (the workers would drop that read as older)', async () => {
    const { read, threads } = createTestReader(0)
    clearParseCache()
    const text = manyDocuments(30, 'x')
    const pending = read(text)
    read.prepare()
    expect(exportYaml((await pending)!.design!)).toBe(text)
    expect(threads.map((thread) => thread.requests.length)).toEqual([1, 1])
  })

  it('reads on this thread when no worker can start, and synchronously from then on', async () => {
    let attempts = 0
    const read = createBackgroundReader({
      loadPool: async () =>
        createReaderPool({
          createThread: () => {
            attempts++
            // What `new Worker` does where workers are missing (or forbidden).
            throw new ReferenceError('Worker is not defined')
          },
          threads: 2,
        }),
      minimumCharacters: 1000,
    })
    clearParseCache()
    const text = manyDocuments(20, 'e')
    const result = await read(text)
    expect(exportYaml(result!.design!)).toBe(text)
    expect(read(manyDocuments(20, 'f'))).toBeNull()
    expect(attempts).toBe(1)
  })

  it('reads everything synchronously where workers are not available at all', () => {
    let loads = 0
    const read = createBackgroundReader({
      loadPool: async () => {
        loads++
        throw new Error('not reached')
      },
      available: false,
      minimumCharacters: 1000,
    })
    clearParseCache()
    expect(read(manyDocuments(20, 'g'))).toBeNull()
    read.prepare()
    expect(loads).toBe(0)
  })

  it("reads on this thread when the workers' code cannot be loaded (offline, say)", async () => {
    const read = createBackgroundReader({
      loadPool: () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
      minimumCharacters: 1000,
    })
    clearParseCache()
    const text = manyDocuments(20, 'h')
    const result = await read(text)
    expect(result).toEqual(importYaml(text))
    expect(read(manyDocuments(20, 'i'))).toBeNull()
  })
})

describe('serveYamlReads', () => {
  it('stops a read when a newer one arrives, and answers the newer one', async () => {
    const channel = new MessageChannel()
    openPorts.push(channel.port1, channel.port2)
    serveYamlReads(channel.port2 as unknown as ServiceEndpoint, 0)
    const answers: ReadResponse[] = []
    const done = new Promise<void>((resolve) => {
      channel.port1.onmessage = (event: MessageEvent<ReadResponse>) => {
        answers.push(event.data)
        if (answers.length === 2) resolve()
      }
    })
    clearParseCache()
    channel.port1.postMessage({ id: 1, text: manyDocuments(30, 'g'), firstLine: 1 })
    channel.port1.postMessage({ id: 2, text: manyDocuments(3, 'h'), firstLine: 1 })
    await done
    expect(answers).toContainEqual({ id: 1, superseded: true })
    const second = answers.find((answer) => answer.id === 2)
    expect(second && 'part' in second && second.part.documents).toHaveLength(9)
  })

  it('sends no answer to a warm-up read, and forgets its parses (those documents will not come again)', async () => {
    const channel = new MessageChannel()
    openPorts.push(channel.port1, channel.port2)
    // No pauses: each read runs to its end before the next message is taken.
    serveYamlReads(channel.port2 as unknown as ServiceEndpoint, Infinity)
    const answers: ReadResponse[] = []
    const answered = new Promise<void>((resolve) => {
      channel.port1.onmessage = (event: MessageEvent<ReadResponse>) => {
        answers.push(event.data)
        resolve()
      }
    })
    clearParseCache()
    const warmUpText = manyDocuments(5, 'warm')
    channel.port1.postMessage({ id: 1, text: warmUpText, firstLine: 1, warmUp: true })
    channel.port1.postMessage({ id: 2, text: manyDocuments(2, 'k'), firstLine: 1 })
    await answered
    await settled()
    expect(answers.map((answer) => answer.id)).toEqual([2])
    expect(uncachedCharacters(warmUpText)).toBe(warmUpText.length)
  })

  it('answers with an error, not silence, when reading throws', async () => {
    const channel = new MessageChannel()
    openPorts.push(channel.port1, channel.port2)
    serveYamlReads(channel.port2 as unknown as ServiceEndpoint)
    const answer = new Promise<ReadResponse>((resolve) => {
      channel.port1.onmessage = (event: MessageEvent<ReadResponse>) => resolve(event.data)
    })
    channel.port1.postMessage({ id: 7, text: null, firstLine: 1 })
    expect(await answer).toEqual({ id: 7, error: expect.any(String) })
  })
})

describe('the store with a background reader', () => {
  function createTestStore() {
    const { read } = createTestReader()
    let time = 0
    const store = createStudioStore(createMemoryStorage(), {
      clock: () => (time += 5000),
      readInBackground: read,
    })
    return { store, state: () => store.getState() }
  }

  it('keeps the design and says it is reading until a large import arrives, then applies it as one step', async () => {
    const { state } = createTestStore()
    const before = state().design
    const text = manyDocuments(30, 'i')
    clearParseCache()
    const done = state().importFile(text, 'big.yaml')
    expect(done).toBeInstanceOf(Promise)
    expect(state().design).toBe(before)
    expect(state().reading?.message).toBe(readingMessage('big.yaml', text))
    expect(await done).toBe(true)
    expect(state().reading).toBeNull()
    expect(exportYaml(state().design)).toBe(text)
    expect(state().notice?.message).toBe('Imported big.yaml (90 documents).')
    state().undo()
    expect(state().design).toBe(before)
  })

  it('ends with the second of two quick imports', async () => {
    const { state } = createTestStore()
    clearParseCache()
    const first = state().importFile(manyDocuments(30, 'j'), 'first.yaml')
    const secondText = manyDocuments(30, 'k')
    const second = state().importFile(secondText, 'second.yaml')
    expect([await first, await second]).toEqual([false, true])
    expect(exportYaml(state().design)).toBe(secondText)
    expect(state().notice?.message).toBe('Imported second.yaml (90 documents).')
    expect(state().past).toHaveLength(1)
  })

  it('drops a large import still being read when a small text is opened meanwhile', async () => {
    const { state } = createTestStore()
    clearParseCache()
    const large = state().importFile(manyDocuments(30, 'l'), 'large.yaml')
    expect(state().importFile(SMALL, 'small.yaml')).toBe(true)
    expect(state().reading).toBeNull()
    expect(await large).toBe(false)
    expect(exportYaml(state().design)).toBe(SMALL)
  })

  it('keeps large editor text that does not parse as a draft, with its errors', async () => {
    const { state } = createTestStore()
    const before = state().design
    const text = manyDocuments(30, 'm') + '---\nkind: [unclosed\n'
    clearParseCache()
    expect(await state().applyYamlEdit(text)).toBe(false)
    expect(state().design).toBe(before)
    expect(state().draft?.text).toBe(text)
    expect(state().draft?.findings[0]?.code).toBe('YAML_PARSE_ERROR')
  })

  it('refuses a large shared link holding a "__proto__" key, as a small one', async () => {
    const { state } = createTestStore()
    const before = state().design
    clearParseCache()
    const text = manyDocuments(30, 'n') + '---\nmetadata:\n  labels:\n    __proto__: x\n'
    expect(await state().openSharedDesign(text)).toBe(false)
    expect(state().design).toBe(before)
    expect(state().notice?.message).toMatch(/^The shared link was not opened: it holds a "__proto__" key/)
  })
})
