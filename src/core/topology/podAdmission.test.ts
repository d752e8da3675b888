/**
 * What the API server refuses in a StatefulSet's pod template although it accepts the StatefulSet (each pod
 * fails validation when the controller creates it), and the values that do not even decode (the object is
 * refused). Rules: pkg/apis/core/validation (ValidateVolumes, validateContainerCommon, the probe checks,
 * ValidatePersistentVolumeClaimSpec) and apimachinery's resource.ParseQuantity.
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../lint/lint'
import { applyQuickFix, getField } from '../model/edit'
import { checkQuantity, parseQuantity } from '../names/rules'
import { exportYaml } from '../yaml/exportYaml'
import { importYaml } from '../yaml/importYaml'
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
const claimSpec = (object: JsonObject) =>
  ((object.spec as JsonObject).volumeClaimTemplates as JsonObject[])[0]!.spec as JsonObject
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

/**
 * A refusal of every pod: the StatefulSet is accepted, one error at `path` says why, and its pods are shown
 * blocked with the reason. Returns the finding.
 */
function expectPodsRefused(design: Design, path: string, words: RegExp): Finding {
  const finding = onlyError(design, 'STATEFULSET_SPEC_INVALID', path)
  expect(finding.message).toMatch(words)
  // A claim template's problem refuses the claims, and so no pod is made; anything else refuses the pods.
  expect(finding.message).toMatch(
    path.includes('/volumeClaimTemplates/')
      ? /accepts the StatefulSet but refuses each claim made from this template, and the controller creates no pod/
      : /accepts the StatefulSet but refuses every pod/,
  )
  expect(pods(design).every((pod) => pod.blocked && words.test(pod.reason))).toBe(true)
  return finding
}

/**
 * Applies the finding's one quick fix, which must set `value` at the finding's field and leave a design the
 * cluster accepts, also once exported and imported again.
 */
function expectFixAccepted(design: Design, finding: Finding, value: JsonValue): void {
  expect(finding.fixes).toHaveLength(1)
  const fixed = applyQuickFix(design, finding.fixes![0]!)
  expect(getField(fixed, finding.path!)).toEqual(value)
  expectAccepted(fixed)
  expectAccepted(importYaml(exportYaml(fixed)).design!)
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
    ['a restartPolicy that is not text', { restartPolicy: true }, '/restartPolicy'],
    ['a probe handler written as text', { livenessProbe: { httpGet: '/healthz' } }, '/livenessProbe/httpGet'],
    [
      'a successThreshold written as text',
      { livenessProbe: { tcpSocket: { port: 80 }, successThreshold: '2' } },
      '/livenessProbe/successThreshold',
    ],
    ['an env entry written as "NAME=value"', { env: ['PORT=8080'] }, '/env/0'],
    ['a volume mount written as its path', { volumeMounts: ['/www'] }, '/volumeMounts/0'],
    [
      'a valueFrom that is not a mapping',
      { env: [{ name: 'POD', value: 'x', valueFrom: 'metadata.name' }] },
      '/env/0/valueFrom',
    ],
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
      /requests 1Gi of memory, more than its limit of 512Mi/,
    ],
    [
      'cpu 2 over a 1500m limit',
      resources({ cpu: 2 }, { cpu: '1500m' }),
      'requests/cpu',
      /requests 2 of cpu, more than its limit of 1500m/,
    ],
    ['a negative request', resources({ cpu: '-1' }), 'requests/cpu', /-1 of cpu, a negative amount/],
    ['a negative limit', resources({}, { memory: '-1Mi' }), 'limits/memory', /-1Mi of memory, a negative/],
    ['a resource without a domain', resources({ cpu: '100m', gpu: '1' }), 'requests/gpu', /asks for "gpu"/],
    [
      'an extended resource requested over its limit (the path escapes the "/")',
      resources({ 'nvidia.com/gpu': 2 }, { 'nvidia.com/gpu': 1 }),
      'requests/nvidia.com~1gpu',
      /requests 2 of nvidia.com\/gpu but its limit is 1; nvidia.com\/gpu cannot be overcommitted/,
    ],
    [
      'an extended resource requested under its limit',
      resources({ cpu: 1, 'example.com/fpga': 1 }, { 'example.com/fpga': 2 }),
      'requests/example.com~1fpga',
      /the two must be equal/,
    ],
    [
      'an extended resource requested without a limit',
      resources({ cpu: 1, 'nvidia.com/gpu': 1 }),
      'requests/nvidia.com~1gpu',
      /without a limit; nvidia.com\/gpu cannot be overcommitted/,
    ],
    [
      'hugepages requested under their limit',
      resources({ memory: '1Gi', 'hugepages-2Mi': '100Mi' }, { 'hugepages-2Mi': '200Mi' }),
      'requests/hugepages-2Mi',
      /requests 100Mi of hugepages-2Mi but its limit is 200Mi/,
    ],
    [
      'a fraction of an extended resource',
      resources({ cpu: 1 }, { 'nvidia.com/gpu': '500m' }),
      'limits/nvidia.com~1gpu',
      /500m of nvidia.com\/gpu; an extended resource comes in whole units/,
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
      /init container "init" requests 1Gi of memory, more than its limit of 1G/,
    )
  })

  it.each([
    ['a request equal to its limit, written differently', resources({ cpu: '100m' }, { cpu: 0.1 })],
    ['limits only (requests default to them)', resources({}, { cpu: 1, memory: '1Gi' })],
    ['a request under its limit', resources({ memory: '512Mi' }, { memory: '1Gi' })],
    ['an extended resource with a domain', resources({ cpu: '1' }, { 'nvidia.com/gpu': 1 })],
    [
      'extended resources and hugepages requested at their limits',
      resources(
        { memory: '1Gi', 'nvidia.com/gpu': '1', 'hugepages-2Mi': '100Mi' },
        { 'nvidia.com/gpu': 1, 'hugepages-2Mi': '104857600' },
      ),
    ],
    [
      'a kubernetes.io resource, which may be overcommitted',
      resources({ cpu: 1, 'example.kubernetes.io/widget': '500m' }),
    ],
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
      /mounts twice at "\/data"/,
    ],
    [
      'an empty mountPath',
      [{ name: 'www', mountPath: '' }],
      '0/mountPath',
      /volume mount without a mountPath/,
    ],
    ['no mountPath at all', [{ name: 'www' }], '0/mountPath', /volume mount without a mountPath/],
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

describe('claim templates whose claims the API server refuses, so no pod is created', () => {
  const CLAIM = '/1/spec/volumeClaimTemplates/0/spec'
  const withClaim = (fields: JsonObject) =>
    designWith((object) => Object.assign(claimSpec(object), fields)).design

  it.each<[string, JsonObject, string, RegExp, JsonValue]>([
    [
      'a short access mode',
      { accessModes: ['RWX'] },
      'accessModes',
      /access mode RWX, not ReadWriteOnce/,
      ['ReadWriteMany'],
    ],
    [
      'access modes in the wrong case',
      { accessModes: ['readWriteOnce', 'ReadOnlyMany'] },
      'accessModes',
      /access mode readWriteOnce,/,
      ['ReadWriteOnce', 'ReadOnlyMany'],
    ],
    [
      'ReadWriteOncePod beside another mode',
      { accessModes: ['ReadWriteOncePod', 'ReadWriteOnce'] },
      'accessModes',
      /ReadWriteOncePod beside other access modes \(it must be alone\)/,
      ['ReadWriteOnce'],
    ],
    [
      'a storage request of 0',
      { resources: { requests: { storage: 0 } } },
      'resources/requests/storage',
      /requests 0 of storage, and a claim needs more than 0/,
      '1Gi',
    ],
    [
      'a storage request of null (a zero quantity)',
      { resources: { requests: { storage: null } } },
      'resources/requests/storage',
      /needs more than 0/,
      '1Gi',
    ],
    [
      'volumeMode in the wrong case',
      { volumeMode: 'block' },
      'volumeMode',
      /volumeMode "block", not Filesystem or Block/,
      'Block',
    ],
    ['an unknown volumeMode', { volumeMode: 'Raw' }, 'volumeMode', /volumeMode "Raw"/, 'Filesystem'],
  ])('%s', (_name, fields, field, words, fixedValue) => {
    const design = withClaim(fields)
    const finding = expectPodsRefused(design, `${CLAIM}/${field}`, words)
    expect(finding.message).toMatch(/so each claim it stamps out is invalid/)
    expectFixAccepted(design, finding, fixedValue)
  })

  it('a storageClassName that is not a DNS subdomain names no class; no fix guesses one', () => {
    const design = withClaim({ storageClassName: 'Fast_SSD' })
    const finding = expectPodsRefused(
      design,
      `${CLAIM}/storageClassName`,
      /"Fast_SSD", which no StorageClass/,
    )
    expect(finding.fixes).toBeUndefined()
  })

  it.each<[string, JsonObject]>([
    ['every access mode by its full name', { accessModes: ['ReadOnlyMany', 'ReadWriteMany'] }],
    ['ReadWriteOncePod alone, even twice', { accessModes: ['ReadWriteOncePod', 'ReadWriteOncePod'] }],
    ['a tiny storage request', { resources: { requests: { storage: '1' } } }],
    ['volumeMode Block', { volumeMode: 'Block' }],
    ['an empty storageClassName (no class: a pre-bound volume)', { storageClassName: '' }],
    ['a dotted storageClassName', { storageClassName: 'fast.ssd-1' }],
  ])('accepted: %s', (_name, fields) => {
    expectAccepted(withClaim(fields))
  })

  it('access modes or a volumeMode that do not decode are INVALID_FIELD_TYPE alone', () => {
    expect(
      errors(withClaim({ accessModes: [1] })).map((finding) => `${finding.code} ${finding.path}`),
    ).toEqual([`INVALID_FIELD_TYPE ${CLAIM}/accessModes/0`])
    onlyError(withClaim({ volumeMode: 5 }), 'INVALID_FIELD_TYPE', `${CLAIM}/volumeMode`)
  })
})

describe('probes the API server refuses in each pod', () => {
  const INIT = '/1/spec/template/spec/initContainers/0'
  const http = { httpGet: { path: '/', port: 80 } }
  const withMain = (fields: JsonObject) =>
    designWith((object) => Object.assign(mainContainer(object), fields)).design
  const withInit = (fields: JsonObject) =>
    designWith((object) => {
      podSpec(object).initContainers = [{ name: 'init', image: 'busybox:1.36', ...fields }]
    }).design

  it.each<[string, JsonObject, string, RegExp]>([
    [
      'a probe without a handler',
      { readinessProbe: { periodSeconds: 5 } },
      'readinessProbe',
      /readinessProbe without a handler \(exec, httpGet, tcpSocket or grpc\)/,
    ],
    [
      'a probe with two handlers',
      { readinessProbe: { ...http, tcpSocket: { port: 80 } } },
      'readinessProbe',
      /readinessProbe with 2 handlers \(httpGet, tcpSocket\); a probe takes exactly one/,
    ],
  ])('%s', (_name, fields, field, words) => {
    expect(expectPodsRefused(withMain(fields), `${CONTAINER}/${field}`, words).fixes).toBeUndefined()
  })

  it.each(['livenessProbe', 'startupProbe'])('a %s with successThreshold 2, fixed by 1', (probe) => {
    const design = withMain({ [probe]: { ...http, successThreshold: 2 } })
    const finding = expectPodsRefused(
      design,
      `${CONTAINER}/${probe}/successThreshold`,
      /successThreshold 2; a (liveness|startup) probe needs 1/,
    )
    expectFixAccepted(design, finding, 1)
  })

  it('a sidecar is held to the same rules', () => {
    const design = withInit({ restartPolicy: 'Always', livenessProbe: { ...http, successThreshold: 3 } })
    const finding = expectPodsRefused(
      design,
      `${INIT}/livenessProbe/successThreshold`,
      /init container "init" has a livenessProbe with successThreshold 3/,
    )
    expectFixAccepted(design, finding, 1)
  })

  it.each<[string, JsonObject, string]>([
    ['a readiness probe', { readinessProbe: http }, 'readinessProbe'],
    [
      'a liveness probe, with restartPolicy OnFailure (not a sidecar)',
      { restartPolicy: 'OnFailure', livenessProbe: http },
      'livenessProbe',
    ],
    ['a startup probe', { startupProbe: http }, 'startupProbe'],
    ['a lifecycle hook', { lifecycle: { preStop: { exec: { command: ['sleep', '1'] } } } }, 'lifecycle'],
  ])('an init container that is not a sidecar may not have %s', (_name, fields, field) => {
    expectPodsRefused(
      withInit(fields),
      `${INIT}/${field}`,
      new RegExp(`init container "init" has a ${field}, which an init container may have only as a sidecar`),
    )
  })

  it.each<[string, Design]>([
    [
      'a readiness probe that needs 3 successes',
      withMain({ readinessProbe: { ...http, successThreshold: 3 } }),
    ],
    [
      'successThreshold 0 (defaulted to 1) and 1',
      withMain({
        livenessProbe: { ...http, successThreshold: 0 },
        startupProbe: { ...http, successThreshold: 1 },
      }),
    ],
    [
      'a grpc probe, with a null handler beside it',
      withMain({ livenessProbe: { grpc: { port: 9090 }, exec: null } }),
    ],
    [
      'a sidecar with every probe and a hook',
      withInit({
        restartPolicy: 'Always',
        readinessProbe: http,
        livenessProbe: http,
        startupProbe: http,
        lifecycle: { preStop: { exec: { command: ['true'] } } },
      }),
    ],
  ])('accepted: %s', (_name, design) => {
    expectAccepted(design)
  })
})

describe('container fields the API server refuses in each pod: imagePullPolicy, restartPolicy, env', () => {
  const INIT = '/1/spec/template/spec/initContainers/0'
  const withMain = (fields: JsonObject) =>
    designWith((object) => Object.assign(mainContainer(object), fields)).design
  const withInit = (fields: JsonObject) =>
    designWith((object) => {
      podSpec(object).initContainers = [{ name: 'init', image: 'busybox:1.36', ...fields }]
    }).design

  it.each<[string, Design, string, RegExp, JsonValue]>([
    [
      'imagePullPolicy in the wrong case',
      withMain({ imagePullPolicy: 'always' }),
      `${CONTAINER}/imagePullPolicy`,
      /imagePullPolicy "always", not IfNotPresent, Always or Never/,
      'Always',
    ],
    [
      'an unknown imagePullPolicy',
      withMain({ imagePullPolicy: 'Sometimes' }),
      `${CONTAINER}/imagePullPolicy`,
      /imagePullPolicy "Sometimes"/,
      'IfNotPresent',
    ],
    [
      'an init container restartPolicy in the wrong case',
      withInit({ restartPolicy: 'always' }),
      `${INIT}/restartPolicy`,
      /init container "init" has restartPolicy "always", not Always, OnFailure or Never/,
      'Always',
    ],
    [
      'an unknown container restartPolicy',
      withMain({ restartPolicy: 'Sidecar' }),
      `${CONTAINER}/restartPolicy`,
      /restartPolicy "Sidecar"/,
      'Always',
    ],
  ])('%s', (_name, design, path, words, fixedValue) => {
    expectFixAccepted(design, expectPodsRefused(design, path, words), fixedValue)
  })

  it.each<[string, JsonObject[], string, RegExp]>([
    ['an env entry without a name', [{ value: 'x' }], '0/name', /has an env entry without a name/],
    [
      'an env entry with an empty name',
      [
        { name: 'A', value: 'a' },
        { name: '', value: 'x' },
      ],
      '1/name',
      /without a name/,
    ],
    [
      'an env name with "="',
      [{ name: 'A=B', value: 'x' }],
      '0/name',
      /env name "A=B", which must be printable ASCII without "="/,
    ],
    ['an env name that is not ASCII', [{ name: 'GRÜSSE', value: 'x' }], '0/name', /printable ASCII/],
    [
      'both value and valueFrom',
      [{ name: 'POD', value: 'x', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } }],
      '0',
      /sets POD both by value and by valueFrom/,
    ],
  ])('%s', (_name, env, field, words) => {
    expectPodsRefused(withMain({ env }), `${CONTAINER}/env/${field}`, words)
  })

  it.each<[string, Design]>([
    ['a sidecar that never pulls', withInit({ imagePullPolicy: 'Never', restartPolicy: 'Always' })],
    ['an empty imagePullPolicy', withMain({ imagePullPolicy: '' })],
    // ContainerRestartRules, on by default since Kubernetes 1.35, lets any container set these.
    ['a container restartPolicy Never', withMain({ restartPolicy: 'Never' })],
    ['an init container restartPolicy OnFailure, without probes', withInit({ restartPolicy: 'OnFailure' })],
    [
      'env names the relaxed rule allows, and valueFrom beside an empty value',
      withMain({
        env: [
          { name: 'spring.profiles.active', value: 'prod' },
          { name: '1STARTS_WITH_DIGIT', value: 'x' },
          { name: 'POD', value: '', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        ],
      }),
    ],
  ])('accepted: %s', (_name, design) => {
    expectAccepted(design)
  })
})
