import { describe, expect, it } from 'vitest'
import { isIPv4, isIPv6 } from './addresses'

describe('IP addresses as Kubernetes parses them', () => {
  it.each([
    '2001:db8:fd00::5118',
    '::',
    '::1',
    'fe80::1',
    '1:2:3:4:5:6:7:8',
    '1::',
    '2001:DB8::A',
    '::ffff:10.0.0.1',
    '64:ff9b::192.0.2.33',
    '1:2:3:4:5:6:1.2.3.4',
  ])('accepts the IPv6 address %s', (text) => {
    expect(isIPv6(text)).toBe(true)
  })

  it.each([
    '1:2:3:4:5:6:7',
    '1:2:3:4:5:6:7:8:9',
    '::1:2:3:4:5:6:7:8',
    ':::',
    '1::2::3',
    '12345::',
    'fe80::1%eth0',
    '10.0.0.1',
    '1.2.3.4::',
    '::1.2.3',
    'g::1',
    ':1',
    '1:',
    '1:2:3:4:5:6:7:1.2.3.4',
    'None',
  ])('refuses %s as IPv6', (text) => {
    expect(isIPv6(text)).toBe(false)
  })

  it('tells IPv4 from IPv6', () => {
    expect(isIPv4('10.96.0.10')).toBe(true)
    expect(isIPv4('2001:db8::1')).toBe(false)
    expect(isIPv4('10.96.0.256')).toBe(false)
  })
})
