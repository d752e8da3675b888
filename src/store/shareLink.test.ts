import { describe, expect, it } from 'vitest'
import { NGINX_WEB_YAML } from '../core'
import { createShareUrl, decodeShareFragment, encodeShareFragment, MAX_FRAGMENT_CHARS } from './shareLink'

describe('share link codec', () => {
  it('round-trips the YAML exactly, comments and non-ASCII included', async () => {
    const yaml = `${NGINX_WEB_YAML}# ünïcode ✓ and CRLF\r\n`
    const fragment = await encodeShareFragment(yaml)
    expect(fragment).toMatch(/^design=[A-Za-z0-9_-]+$/)
    expect(await decodeShareFragment(`#${fragment}`)).toEqual({ kind: 'design', yaml })
  })

  it('compresses: the starter fits in a short link', async () => {
    const fragment = await encodeShareFragment(NGINX_WEB_YAML)
    expect(fragment.length).toBeLessThan(NGINX_WEB_YAML.length)
  })

  it('builds a URL that keeps the page and puts the design in the fragment only', async () => {
    const url = new URL(await createShareUrl('http://127.0.0.1:4317/?x=1#old', 'a: 1\n'))
    expect(url.search).toBe('?x=1')
    expect(url.hash.startsWith('#design=')).toBe(true)
  })

  it('ignores hashes that are not share links', async () => {
    expect(await decodeShareFragment('')).toEqual({ kind: 'none' })
    expect(await decodeShareFragment('#section-2')).toEqual({ kind: 'none' })
  })

  it('reports a truncated link instead of throwing', async () => {
    const fragment = await encodeShareFragment(NGINX_WEB_YAML)
    const result = await decodeShareFragment(`#${fragment.slice(0, fragment.length - 40)}`)
    expect(result.kind).toBe('broken')
  })

  it('reports tampered characters and empty payloads', async () => {
    expect((await decodeShareFragment('#design=abc$%^')).kind).toBe('broken')
    expect((await decodeShareFragment('#design=')).kind).toBe('broken')
    expect((await decodeShareFragment('#design=AAAAAAAA')).kind).toBe('broken')
  })

  it('refuses huge fragments before decoding them', async () => {
    const result = await decodeShareFragment(`#design=${'A'.repeat(MAX_FRAGMENT_CHARS + 1)}`)
    expect(result).toEqual({ kind: 'broken', reason: expect.stringContaining('too long') })
  })

  it('stops a deflate bomb at the size limit', async () => {
    const fragment = await encodeShareFragment('a'.repeat(6 * 1024 * 1024))
    const result = await decodeShareFragment(fragment)
    expect(result).toEqual({ kind: 'broken', reason: expect.stringContaining('larger than') })
  })
})
