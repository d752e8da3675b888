import { describe, it, expect } from 'vitest'
import {
  checkIanaServiceName,
  checkLabelKey,
  checkLabelValue,
  checkPortNumber,
  checkQuantity,
  checkRfc1035Label,
  checkRfc1123Label,
  checkRfc1123Subdomain,
} from './rules'

const ok = null

describe('checkRfc1123Label (StatefulSet names, namespaces, serviceName)', () => {
  it.each([
    ['web', ok],
    ['web-0', ok],
    ['0web', ok],
    ['a', ok],
    ['7', ok],
    ['a'.repeat(63), ok],
    ['', 'must not be empty'],
    ['a'.repeat(64), 'must be at most 63 characters (it has 64)'],
    ['Web', 'lower case'],
    ['web_1', 'lower case'],
    ['-web', 'start and end'],
    ['web-', 'start and end'],
    ['web.nginx', 'lower case'],
    ['wéb', 'lower case'],
    [' web', 'lower case'],
  ])('%j -> %j', (name, expected) => {
    const problem = checkRfc1123Label(name)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toContain(expected)
  })
})

describe('checkRfc1035Label (Service names)', () => {
  it.each([
    ['nginx', ok],
    ['my-release-postgresql-hl', ok],
    ['a1', ok],
    ['a'.repeat(63), ok],
    ['', 'must not be empty'],
    ['1nginx', 'start with a letter'],
    ['0', 'start with a letter'],
    ['nginx-', 'start with a letter and end with a letter or digit'],
    ['Nginx', 'lower case'],
    ['a'.repeat(64), 'at most 63'],
  ])('%j -> %j', (name, expected) => {
    const problem = checkRfc1035Label(name)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toContain(expected)
  })
})

describe('checkRfc1123Subdomain (claim template names, object names)', () => {
  it.each([
    ['www', ok],
    ['data.v1', ok],
    ['backupschedules.stateful.example.com', ok],
    [`${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`, ok],
    ['', 'must not be empty'],
    ['a'.repeat(254), 'at most 253'],
    ['data..v1', 'joined by "."'],
    ['.data', 'joined by "."'],
    ['Data', 'lower case'],
    ['data_v1', 'lower case'],
  ])('%j -> %j', (name, expected) => {
    const problem = checkRfc1123Subdomain(name)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toContain(expected)
  })
})

describe('checkIanaServiceName (container port names)', () => {
  it.each([
    ['web', ok],
    ['http-metrics', ok],
    ['tcp-postgresql', ok],
    ['leader-election', ok],
    ['x'.repeat(15), ok],
    ['h2c', ok],
    ['', 'must not be empty'],
    ['x'.repeat(16), 'at most 15'],
    ['8080', 'at least one letter'],
    ['HTTP', 'lower case'],
    ['http_alt', 'lower case'],
    ['http--alt', 'must not contain "--"'],
    ['-http', 'must not start or end'],
    ['http-', 'must not start or end'],
  ])('%j -> %j', (name, expected) => {
    const problem = checkIanaServiceName(name)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toContain(expected)
  })
})

describe('checkLabelKey', () => {
  it.each([
    ['app', ok],
    ['app.kubernetes.io/name', ok],
    ['statefulset.kubernetes.io/pod-name', ok],
    ['helm.sh/chart', ok],
    ['Tier_1.x', ok],
    ['a'.repeat(63), ok],
    ['', 'must not be empty'],
    ['a'.repeat(64), 'at most 63'],
    ['/name', 'prefix ""'],
    ['Example.com/name', 'prefix "Example.com"'],
    ['example.com/', 'the name part'],
    ['-app', 'the name part'],
    ['app-', 'the name part'],
    ['a b', 'the name part'],
    ['a/b/c', 'prefix "a/b"'],
  ])('%j -> %j', (key, expected) => {
    const problem = checkLabelKey(key)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toContain(expected)
  })
})

describe('checkLabelValue', () => {
  it.each([
    ['', ok],
    ['nginx', ok],
    ['16.2.0', ok],
    ['true', ok],
    ['My_Value-1.0', ok],
    ['a'.repeat(63), ok],
    ['a'.repeat(64), 'at most 63'],
    ['-nginx', 'starting and ending'],
    ['nginx.', 'starting and ending'],
    ['a b', 'letters, digits'],
    ['a/b', 'letters, digits'],
  ])('%j -> %j', (value, expected) => {
    const problem = checkLabelValue(value)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toContain(expected)
  })
})

describe('checkQuantity', () => {
  it.each([
    ['1Gi', ok],
    ['500Mi', ok],
    ['250m', ok],
    ['2', ok],
    ['0.5', ok],
    ['1e3', ok],
    ['.5', ok],
    ['+1', ok],
    ['', 'must not be empty'],
    ['  ', 'must not be empty'],
    ['1GB', 'must be a quantity'],
    ['one', 'must be a quantity'],
    ['1 Gi', 'must be a quantity'],
  ])('%j -> %j', (value, expected) => {
    const problem = checkQuantity(value)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toContain(expected)
  })
})

describe('checkPortNumber', () => {
  it.each([
    [1, ok],
    [80, ok],
    [65535, ok],
    [0, 'from 1 to 65535'],
    [65536, 'from 1 to 65535'],
    [-80, 'from 1 to 65535'],
    [80.5, 'from 1 to 65535'],
    [Number.NaN, 'from 1 to 65535'],
  ])('%j -> %j', (value, expected) => {
    const problem = checkPortNumber(value)
    if (expected === null) expect(problem).toBeNull()
    else expect(problem).toContain(expected)
  })
})
