import { deflateRawSync } from 'node:zlib'
import { test, expect } from './fixtures'

const link = (payload: string) => `/#design=${payload}`
const encode = (bytes: Buffer) => deflateRawSync(bytes).toString('base64url')

const CRAFTED: { name: string; payload: () => string; message: RegExp }[] = [
  { name: 'huge', payload: () => 'A'.repeat(2_050_000), message: /too long/ },
  { name: 'invalid base64', payload: () => '%%%not*base64', message: /characters a share link never has/ },
  {
    name: 'a deflate bomb',
    payload: () => encode(Buffer.alloc(20 * 1024 * 1024, 0x20)),
    message: /larger than 5 MB/,
  },
  {
    name: 'compressed bytes that are not text',
    payload: () => encode(Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xa0, 0xa1])),
    message: /damaged or cut short/,
  },
  {
    name: 'compressed text that is not YAML',
    payload: () => encode(Buffer.from('{ "kind": [1, 2, ')),
    message: /The shared link was not opened: YAML syntax error/,
  },
  {
    name: '__proto__ keys',
    payload: () =>
      encode(
        Buffer.from(
          'apiVersion: v1\nkind: Service\nmetadata:\n  name: x\n  __proto__:\n    polluted: yes\n  constructor:\n    prototype:\n      polluted: yes\n',
        ),
      ),
    message: /"__proto__" key/,
  },
  {
    name: 'deep nesting',
    payload: () => encode(Buffer.from(`a: ${'['.repeat(100_000)}`)),
    message: /nests too deeply/,
  },
]

test('share links with crafted payloads are refused with a message; the design and the page survive', async ({
  studio,
}) => {
  const { page } = studio
  await studio.open()
  const replicas = studio.region('Design').getByLabel('Replicas', { exact: true })
  await replicas.fill('4')
  for (const crafted of CRAFTED) {
    await page.goto(link(crafted.payload()))
    await expect(page.getByRole('status'), crafted.name).toContainText(crafted.message, { timeout: 15_000 })
    await expect(replicas, crafted.name).toHaveValue('4')
    expect(await page.evaluate(() => location.hash), crafted.name).toBe('')
    const polluted = await page.evaluate(() => ({}) as Record<string, unknown>)
    expect(Object.keys(polluted)).toEqual([])
    expect(
      await page.evaluate(() => 'polluted' in Object.prototype || 'polluted' in Function.prototype),
    ).toBe(false)
    await page.getByRole('status').getByRole('button', { name: 'Dismiss' }).click()
  }
})
