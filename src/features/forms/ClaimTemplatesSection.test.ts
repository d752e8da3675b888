import { describe, expect, it } from 'vitest'
import { storageClassHint } from './ClaimTemplatesSection'

describe('the storage class hint', () => {
  it('says an empty storageClassName means no class, not the cluster default', () => {
    expect(storageClassHint('', undefined)).toMatch(/no storage class at all/)
  })

  it('says the beta annotation sets the class and wins over the field', () => {
    expect(storageClassHint('ssd', 'fast')).toMatch(/storage-class: "fast" sets the class; it wins/)
    expect(storageClassHint(undefined, 'fast')).toMatch(/sets the class/)
  })

  it('adds nothing for a named class or none written', () => {
    expect(storageClassHint('ssd', undefined)).toBeUndefined()
    expect(storageClassHint(undefined, undefined)).toBeUndefined()
  })
})
