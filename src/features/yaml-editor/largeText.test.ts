import { afterEach, describe, expect, it, vi } from 'vitest'
import { afterNextPaint, isLargeText, LARGE_TEXT_CHARACTERS } from './largeText'

describe('isLargeText', () => {
  it('is true when any of the lengths is over the limit', () => {
    expect(isLargeText(LARGE_TEXT_CHARACTERS)).toBe(false)
    expect(isLargeText(LARGE_TEXT_CHARACTERS + 1)).toBe(true)
    // A large text replaced by a small one (the model still holds the large one): large too.
    expect(isLargeText(1200, LARGE_TEXT_CHARACTERS * 4)).toBe(true)
    expect(isLargeText(1200, 1300)).toBe(false)
  })
})

describe('afterNextPaint', () => {
  /** A frame: the requestAnimationFrame callbacks, then (the paint, then) the tasks they posted. */
  let frameCallbacks: (() => void)[] = []
  const runFrame = () => {
    const callbacks = frameCallbacks
    frameCallbacks = []
    for (const callback of callbacks) callback()
    vi.runAllTimers()
  }
  const setUp = () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frameCallbacks.push(callback))
    vi.stubGlobal('cancelAnimationFrame', (handle: number) => {
      frameCallbacks[handle - 1] = () => {}
    })
  }
  afterEach(() => {
    frameCallbacks = []
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('runs the callbacks in a task after the next frame, in the order they were scheduled', () => {
    setUp()
    const calls: string[] = []
    afterNextPaint(() => calls.push('text'))
    afterNextPaint(() => calls.push('markers'))
    vi.runAllTimers()
    expect(calls).toEqual([]) // not before the frame
    runFrame()
    expect(calls).toEqual(['text', 'markers'])
  })

  it('can be cancelled before the frame, and after it until its task runs', () => {
    setUp()
    const calls: string[] = []
    const cancelBeforeFrame = afterNextPaint(() => calls.push('before frame'))
    const cancelAfterFrame = afterNextPaint(() => calls.push('after frame'))
    afterNextPaint(() => calls.push('kept'))
    cancelBeforeFrame()
    const callbacks = frameCallbacks
    frameCallbacks = []
    for (const callback of callbacks) callback()
    cancelAfterFrame()
    vi.runAllTimers()
    expect(calls).toEqual(['kept'])
  })
})
