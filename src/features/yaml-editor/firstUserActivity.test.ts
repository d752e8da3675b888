import { describe, expect, it } from 'vitest'
import { onFirstUserActivity } from './firstUserActivity'

describe('onFirstUserActivity', () => {
  it.each(['pointermove', 'pointerdown', 'keydown', 'touchstart', 'wheel'])('answers %s, once', (type) => {
    const target = new EventTarget()
    let calls = 0
    onFirstUserActivity(target, () => calls++)
    target.dispatchEvent(new Event(type))
    target.dispatchEvent(new Event(type))
    target.dispatchEvent(new Event('keydown'))
    expect(calls).toBe(1)
  })

  it('ignores what a person did not do: focus moved by a script, load, scroll', () => {
    const target = new EventTarget()
    let calls = 0
    onFirstUserActivity(target, () => calls++)
    for (const type of ['focusin', 'load', 'scroll', 'resize']) target.dispatchEvent(new Event(type))
    expect(calls).toBe(0)
  })

  it('stops waiting when told to', () => {
    const target = new EventTarget()
    let calls = 0
    const stop = onFirstUserActivity(target, () => calls++)
    stop()
    target.dispatchEvent(new Event('pointerdown'))
    expect(calls).toBe(0)
  })
})
