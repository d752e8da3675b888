/**
 * What the API server refuses in a StatefulSet's pod template although it accepts the StatefulSet (each pod
 * fails validation when the controller creates it), and the values that do not even decode (the object is
 * refused). Rules: pkg/apis/core/validation (ValidateVolumes, validateContainerCommon) and
 * apimachinery's resource.ParseQuantity.
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../lint/lint'
import { checkQuantity, parseQuantity } from '../names/rules'
import type { Design, Finding, JsonObject, JsonValue } from '../model/types'
import { lineInDocument, load, service, statefulSet, yamlOf } from '../testing/support'
import { deriveTopology } from './deriveTopology'

interface Case {
  design: Design
  text: string
}

/** The default design (headless nginx, StatefulSet web with claim "www") after `change`. */
function designWith(change: (object: JsonObject) => void): Case {
  const object = statefulSet()
  change(object)
  const text = yamlOf(service(), object)
  return { design: load(text), text }
}

const podSpec = (object: JsonObject) =>
  ((object.spec as JsonObject).template as JsonObject).spec as JsonObject
const mainContainer = (object: JsonObject) => (podSpec(object).containers as JsonObject[])[0]!
const resources = (requests: JsonObject, limits?: JsonObject) => ({
  requests,
  ...(limits ? { limits } : {}),
})

const errors = (design: Design) => lint(design).filter((finding) => finding.severity === 'error')
const pods = (design: Design) => deriveTopology(design).statefulSets[0]!.pods

/** The one error of the design, which must be `code` at `path`. */
function onlyError(design: Design, code: string, path: string): Finding {
  const found = errors(design)
  expect(found.map((finding) => `${finding.code} ${finding.path}`)).toEqual([`${code} ${path}`])
  return found[0]!
}

/** A refusal of every pod: the StatefulSet is accepted, its pods are shown blocked with the reason. */
function expectPodsRefused(design: Design, path: string, words: RegExp): void {
  const finding = onlyError(design, 'STATEFULSET_SPEC_INVALID', path)
  expect(finding.message).toMatch(words)
  expect(finding.message).toMatch(/accepts the StatefulSet but refuses every pod/)
  expect(pods(design).every((pod) => pod.blocked && words.test(pod.reason))).toBe(true)
}

function expectAccepted(design: Design): void {
  expect(errors(design)).toEqual([])
  expect(pods(design).some((pod) => pod.blocked)).toBe(false)
}

const CONTAINER = '/1/spec/template/spec/containers/0'

describe('parseQuantity reads quantities as the API server does', () => {
  it.each([
    ['1Gi', 2 ** 30],
    ['500Mi', 500 * 2 ** 20],
    ['250m', 0.25],
    ['0.5Gi', 2 ** 29],
    ['1e3', 1000],
    ['1E', 1e18],
    ['1k', 1000],
    [' 1Gi ', 2 ** 30],
    ['-1', -1],
    ['.5', 0.5],
    ['1.', 1],
  ])('%j is %d', (text, value) => expect(parseQuantity(text)).toBe(value))

  it.each(['1Gb', '500MB', '10GB', '128mi', '128 Mi', '1K', '1e', '1m3', 'one', ''])(
    '%j does not parse, and the form says so',
    (text) => {
      expect(parseQuantity(text)).toBeNull()
      expect(checkQuantity(text)).not.toBeNull()
    },
  )

  it('gives equal decimal quantities equal values, so requests and limits compare', () => {
    expect(parseQuantity('100m')).toBe(parseQuantity('0.1'))
    expect(parseQuantity('1G')).toBe(parseQuantity('1000M'))
    expect(parseQuantity('1Gi')).toBe(parseQuantity('1024Mi'))
  })
})

describe('a quantity that does not decode refuses the whole StatefulSet (INVALID_FIELD_TYPE)', () => {
  it.each([
    ['1Gb', `${CONTAINER}/resources/requests/memory`],
    ['500MB', `${CONTAINER}/resources/requests/memory`],
    ['128mi', `${CONTAINER}/resources/requests/memory`],
    ['128 Mi', `${CONTAINER}/resources/requests/memory`],
    [true, `${CONTAINER}/resources/requests/memory`],
  ])('memory %j in the requests of a container', (memory, path) => {
    const { design, text } = designWith((object) => {
      mainContainer(object).resources = resources({ cpu: '100m', memory })
    })
    const finding = onlyError(design, 'INVALID_FIELD_TYPE', path)
    expect(finding.message).toMatch(/expects a quantity such as 1Gi.*case matters/)
    expect(finding.line).toBe(lineInDocument(text, 1, 'memory:'))
    expect(pods(design).every((pod) => pod.blocked && /cannot decode the object/.test(pod.reason))).toBe(true)
  })

  it('in the limits of an init container, and in a claim template', () => {
    const { design } = designWith((object) => {
      podSpec(object).initContainers = [
        { name: 'init', image: 'busybox:1.36', resources: { limits: { memory: '64MB' } } },
      ]
      const claim = ((object.spec as JsonObject).volumeClaimTemplates as JsonObject[])[0]!
      claim.spec = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '10GB' } } }
    })
    expect(errors(design).map((finding) => `${finding.code} ${finding.path}`)).toEqual([
      'INVALID_FIELD_TYPE /1/spec/template/spec/initContainers/0/resources/limits/memory',
      'INVALID_FIELD_TYPE /1/spec/volumeClaimTemplates/0/spec/resources/requests/storage',
    ])
  })

  it.each<JsonValue>([1, 0.5, '0.5Gi', ' 1Gi ', '1e3', '134217728', 134217728, null])(
    'memory %j decodes and is accepted',
    (memory) => {
      expectAccepted(
        designWith((object) => {
          mainContainer(object).resources = resources({ cpu: 0.5, memory })
        }).design,
      )
    },
  )
})

describe('other values that do not decode refuse the StatefulSet', () => {
  it.each([
    ['an argument that is a number', { args: ['--port', 8080] }, '/args/1'],
    ['a command word that is a number', { command: ['sleep', 10] }, '/command/1'],
    ['args that are not a list', { args: '--port 8080' }, '/args'],
    ['a numeric imagePullPolicy', { imagePullPolicy: 1 }, '/imagePullPolicy'],
    [
      'readOnly written as text',
      { volumeMounts: [{ name: 'www', mountPath: '/www', readOnly: 'true' }] },
      '/volumeMounts/0/readOnly',
    ],
  ])('%s', (_name, fields, path) => {
    const { design } = designWith((object) => Object.assign(mainContainer(object), fields))
    onlyError(design, 'INVALID_FIELD_TYPE', `${CONTAINER}${path}`)
    expect(pods(design).every((pod) => pod.blocked)).toBe(true)
  })

  it('the same fields with their types are accepted', () => {
    expectAccepted(
      designWith((object) =>
        Object.assign(mainContainer(object), {
          command: ['nginx'],
          args: ['--port', '8080'],
          imagePullPolicy: 'IfNotPresent',
          volumeMounts: [{ name: 'www', mountPath: '/www', readOnly: true }],
        }),
      ).design,
    )
  })
})

describe('container resources the API server refuses in each pod', () => {
  it.each([
    [
      'a request over its limit',
      resources({ memory: '1Gi' }, { memory: '512Mi' }),
      'requests/memory',
      /more memory than its limit/,
    ],
    [
      'cpu 2 over a 1500m limit',
      resources({ cpu: 2 }, { cpu: '1500m' }),
      'requests/cpu',
      /more cpu than its limit/,
    ],
    ['a negative request', resources({ cpu: '-1' }), 'requests/cpu', /negative cpu/],
    ['a negative limit', resources({}, { memory: '-1Mi' }), 'limits/memory', /negative memory/],
    ['a resource without a domain', resources({ cpu: '100m', gpu: '1' }), 'requests/gpu', /asks for "gpu"/],
    [
      'an extended resource requested over its limit (the path escapes the "/")',
      resources({ 'nvidia.com/gpu': 2 }, { 'nvidia.com/gpu': 1 }),
      'requests/nvidia.com~1gpu',
      /more nvidia.com\/gpu than its limit/,
    ],
  ])('%s', (_name, value, field, words) => {
    const { design } = designWith((object) => (mainContainer(object).resources = value))
    expectPodsRefused(design, `${CONTAINER}/resources/${field}`, words)
  })

  it('an init container too', () => {
    const { design } = designWith((object) => {
      podSpec(object).initContainers = [
        { name: 'init', image: 'busybox:1.36', resources: resources({ memory: '1Gi' }, { memory: '1G' }) },
      ]
    })
    expectPodsRefused(
      design,
      '/1/spec/template/spec/initContainers/0/resources/requests/memory',
      /init container "init" requests more memory/,
    )
  })

  it.each([
    ['a request equal to its limit, written differently', resources({ cpu: '100m' }, { cpu: 0.1 })],
    ['limits only (requests default to them)', resources({}, { cpu: 1, memory: '1Gi' })],
    ['a request under its limit', resources({ memory: '512Mi' }, { memory: '1Gi' })],
    ['an extended resource with a domain', resources({ cpu: '1' }, { 'nvidia.com/gpu': 1 })],
    [
      'hugepages and ephemeral storage',
      resources({ memory: '1Gi', 'ephemeral-storage': '2Gi' }, { memory: '1Gi', 'hugepages-2Mi': '100Mi' }),
    ],
    ['zero', resources({ cpu: 0, memory: '0' })],
  ])('accepted: %s', (_name, value) => {
    expectAccepted(designWith((object) => (mainContainer(object).resources = value)).design)
  })
})

describe('volume mounts the API server refuses in each pod', () => {
  type Refused = [string, JsonObject[], string, RegExp]
  const mounts =
    (...list: JsonObject[]) =>
    (object: JsonObject) => {
      mainContainer(object).volumeMounts = list
    }
  it.each<Refused>([
    [
      'a mountPath used twice',
      [
        { name: 'www', mountPath: '/data' },
        { name: 'www', mountPath: '/data', subPath: 'x' },
      ],
      '1/mountPath',
      /repeated mountPath "\/data"/,
    ],
    ['an empty mountPath', [{ name: 'www', mountPath: '' }], '0/mountPath', /empty or repeated mountPath/],
    ['no mountPath at all', [{ name: 'www' }], '0/mountPath', /empty or repeated mountPath/],
    [
      'an absolute subPath',
      [{ name: 'www', mountPath: '/d', subPath: '/etc' }],
      '0/subPath',
      /subPath "\/etc"/,
    ],
    [
      'a subPath climbing out',
      [{ name: 'www', mountPath: '/d', subPath: 'a/../../etc' }],
      '0/subPath',
      /without "\.\."/,
    ],
  ])('%s', (_name, list, field, words) => {
    const { design } = designWith(mounts(...list))
    expectPodsRefused(design, `${CONTAINER}/volumeMounts/${field}`, words)
  })

  it.each<[string, JsonObject[]]>([
    [
      'one volume at two paths, one a subPath',
      [
        { name: 'www', mountPath: '/data' },
        { name: 'www', mountPath: '/logs', subPath: 'logs' },
      ],
    ],
    ['a relative mountPath', [{ name: 'www', mountPath: 'data' }]],
    ['a subPath whose steps only start with dots', [{ name: 'www', mountPath: '/d', subPath: '..data/.x' }]],
  ])('accepted: %s', (_name, list) => {
    expectAccepted(designWith(mounts(...list)).design)
  })

  it('each container has its own mount paths', () => {
    const { design } = designWith((object) => {
      podSpec(object).initContainers = [
        { name: 'init', image: 'busybox:1.36', volumeMounts: [{ name: 'www', mountPath: '/www' }] },
      ]
    })
    expectAccepted(design)
  })
})

describe('pod volumes the API server refuses in each pod', () => {
  type Refused = [string, JsonObject[], string, RegExp]
  const volumes =
    (...list: JsonObject[]) =>
    (object: JsonObject) => {
      podSpec(object).volumes = list
    }
  it.each<Refused>([
    [
      'two volumes of one name',
      [
        { name: 'cfg', emptyDir: {} },
        { name: 'cfg', configMap: { name: 'c' } },
      ],
      '1/name',
      /"cfg" is used twice/,
    ],
    [
      'a name that is not a DNS label',
      [{ name: 'My_Cfg', emptyDir: {} }],
      '0/name',
      /"My_Cfg" must consist of lower case/,
    ],
    [
      'two sources',
      [{ name: 'cfg', emptyDir: {}, configMap: { name: 'c' } }],
      '0',
      /more than one source \(emptyDir, configMap\)/,
    ],
  ])('%s', (_name, list, field, words) => {
    expectPodsRefused(designWith(volumes(...list)).design, `/1/spec/template/spec/volumes/${field}`, words)
  })

  it.each<[string, JsonObject[]]>([
    ['no source (an emptyDir by default)', [{ name: 'cfg' }]],
    ['a null source beside the real one', [{ name: 'cfg', emptyDir: null, configMap: { name: 'c' } }]],
    [
      'volumes named like the claim template, which the claim replaces',
      [
        { name: 'www', emptyDir: {} },
        { name: 'www', hostPath: { path: '/x' }, emptyDir: {} },
      ],
    ],
  ])('accepted: %s', (_name, list) => {
    expectAccepted(designWith(volumes(...list)).design)
  })
})

describe('claim templates of one name', () => {
  const claim = (spec: JsonObject) => ({ metadata: { name: 'www' }, spec })
  const valid = { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } }

  it('give each pod one claim, in template order', () => {
    const { design } = designWith((object) => {
      ;(object.spec as JsonObject).volumeClaimTemplates = [
        claim(valid),
        { metadata: { name: 'logs' }, spec: valid },
        claim(valid),
      ]
    })
    expectAccepted(design)
    expect(pods(design).map((pod) => pod.pvcs)).toEqual([
      ['www-web-0', 'logs-web-0'],
      ['www-web-1', 'logs-web-1'],
      ['www-web-2', 'logs-web-2'],
    ])
  })

  it('are judged by the last, which the controller stamps out', () => {
    const withClaims = (...claims: JsonObject[]) =>
      designWith((object) => ((object.spec as JsonObject).volumeClaimTemplates = claims)).design
    expectAccepted(withClaims(claim({ resources: valid.resources }), claim(valid)))
    const design = withClaims(claim(valid), claim({ resources: valid.resources }))
    expectPodsRefused(design, '/1/spec/volumeClaimTemplates/1/spec', /has no accessModes/)
  })
})
