/**
 * The Service checks that mirror the API server (ValidateService, SetDefaults_Service, the node port and IP
 * family allocators): each refused case at its field, as an error, with the Service rejected in the
 * topology, and the accepted case next to it.
 */
import { describe, expect, it } from 'vitest'
import { lint } from '../lint/lint'
import { applyQuickFix } from '../model/edit'
import { exportYaml } from '../yaml/exportYaml'
import { importYaml } from '../yaml/importYaml'
import { deriveTopology } from './deriveTopology'
import { designOf, service, statefulSet, withCode } from '../testing/support'
import type { ServicePortSpec, ServiceSpec } from '../testing/support'
import type { Design, Finding, JsonObject } from '../model/types'

const CODE = 'SERVICE_SPEC_INVALID'

/** A Service object (see `service`) with extra fields merged into its spec. */
function svc(spec: ServiceSpec, extra: JsonObject = {}): JsonObject {
  const object = service(spec)
  Object.assign(object.spec as JsonObject, extra)
  return object
}

/** A NodePort Service with these ports. */
function nodePortService(name: string, ...ports: ServicePortSpec[]): JsonObject {
  return svc({ name, type: 'NodePort', clusterIP: null, ports })
}

/** The Services first, then a StatefulSet, so that document i is Service i. */
function design(...services: JsonObject[]): Design {
  return designOf(...services, statefulSet())
}

function invalid(design: Design): Finding[] {
  return withCode(lint(design), CODE)
}

function validity(design: Design): boolean[] {
  return deriveTopology(design).services.map((derived) => derived.valid)
}

/**
 * Expects the one SERVICE_SPEC_INVALID finding to be at `path`, an error, and its Service rejected in the
 * topology. Returns the finding.
 */
function expectRefused(subject: Design, path: string): Finding {
  const findings = invalid(subject)
  expect(findings.map((finding) => finding.path)).toEqual([path])
  expect(findings[0]!.severity).toBe('error')
  const document = Number(path.split('/')[1])
  expect(validity(subject)[document]).toBe(false)
  return findings[0]!
}

/**
 * Applies the finding's quick fix and expects the design then to be accepted, also after export and import
 * (the fix must survive the YAML). Returns the fixed design.
 */
function expectFixAccepted(subject: Design, finding: Finding): Design {
  const fix = finding.fixes?.[0]
  expect(fix, `${finding.message} should offer a quick fix`).toBeDefined()
  const fixed = applyQuickFix(subject, fix!)
  expectAccepted(fixed)
  expectAccepted(importYaml(exportYaml(fixed)).design!)
  return fixed
}

function expectAccepted(subject: Design): void {
  expect(invalid(subject).map((finding) => finding.message)).toEqual([])
  expect(validity(subject).every(Boolean)).toBe(true)
}

describe('node ports', () => {
  it('a nodePort outside 30000-32767 is refused, naming the range as a default; the edges are fine', () => {
    const subject = design(service(), nodePortService('edge', { name: 'web', port: 80, nodePort: 8080 }))
    const finding = expectRefused(subject, '/1/spec/ports/0/nodePort')
    expect(finding.message).toMatch(/30000-32767 by default/)
    expectFixAccepted(subject, finding)
    expectAccepted(
      design(
        service(),
        nodePortService('low', { name: 'web', port: 80, nodePort: 30000 }),
        nodePortService('high', { name: 'web', port: 80, nodePort: 32767 }),
      ),
    )
  })

  it('two port numbers of one Service cannot share a node port, whatever their protocols', () => {
    const sameProtocol = design(
      nodePortService(
        'edge',
        { name: 'a', port: 80, nodePort: 30080 },
        { name: 'b', port: 81, nodePort: 30080 },
      ),
    )
    expectFixAccepted(sameProtocol, expectRefused(sameProtocol, '/0/spec/ports/1/nodePort'))
    const otherProtocol = design(
      nodePortService(
        'edge',
        { name: 'a', port: 80, nodePort: 30080 },
        { name: 'b', port: 81, protocol: 'UDP', nodePort: 30080 },
      ),
    )
    expectRefused(otherProtocol, '/0/spec/ports/1/nodePort')
  })

  it('one port number with two protocols may share a node port (53/TCP and 53/UDP)', () => {
    expectAccepted(
      design(
        nodePortService(
          'dns',
          { name: 'dns-tcp', port: 53, nodePort: 30053 },
          { name: 'dns-udp', port: 53, protocol: 'UDP', nodePort: 30053 },
        ),
      ),
    )
  })

  it('a node port an earlier Service holds refuses the later one, even for another protocol', () => {
    const subject = design(
      nodePortService('first', { name: 'web', port: 80, nodePort: 30080 }),
      nodePortService('second', { name: 'web', port: 80, protocol: 'UDP', nodePort: 30080 }),
    )
    const finding = expectRefused(subject, '/1/spec/ports/0/nodePort')
    expect(finding.message).toMatch(/Service "first" has it/)
    expect(validity(subject)).toEqual([true, false])
    expectFixAccepted(subject, finding)
  })

  it('a refused Service holds no node port, so the next one may take it', () => {
    const refused = svc(
      {
        name: 'first',
        type: 'NodePort',
        clusterIP: null,
        ports: [{ name: 'web', port: 80, nodePort: 30080 }],
      },
      { sessionAffinity: 'Sticky' },
    )
    const subject = design(refused, nodePortService('second', { name: 'web', port: 80, nodePort: 30080 }))
    expectRefused(subject, '/0/spec/sessionAffinity')
    expect(validity(subject)).toEqual([false, true])
  })
})

describe('ports', () => {
  it('the same port and protocol twice is refused, protocol TCP when left out', () => {
    const subject = design(
      service({
        ports: [
          { name: 'dns', port: 53 },
          { name: 'dns-again', port: 53, protocol: 'TCP' },
        ],
      }),
    )
    const finding = expectRefused(subject, '/0/spec/ports/1')
    expect(finding.message).toMatch(/53\/TCP is listed twice/)
  })

  it('one number with two protocols is fine', () => {
    expectAccepted(
      design(
        service({
          ports: [
            { name: 'dns-tcp', port: 53 },
            { name: 'dns-udp', port: 53, protocol: 'UDP' },
          ],
        }),
      ),
    )
  })

  it('targetPort 0 means the port itself, as SetDefaults_Service makes it', () => {
    const subject = design(service({ ports: [{ name: 'web', port: 80, targetPort: 0 }] }))
    expectAccepted(subject)
    const srv = deriveTopology(subject).services[0]!.srv
    expect(srv.map((record) => record.port)).toEqual([80])
  })
})

describe('ExternalName', () => {
  const alias = (externalName?: string, extra: JsonObject = {}) =>
    svc(
      { name: 'db', type: 'ExternalName', clusterIP: null, selector: null },
      { ...(externalName === undefined ? {} : { externalName }), ...extra },
    )

  it.each([
    ['no externalName', undefined],
    ['an underscore', 'my_db.example.com'],
    ['a URL', 'https://db.example.com:5432'],
  ])('%s is refused at spec.externalName', (_name, externalName) => {
    const finding = expectRefused(design(service(), alias(externalName)), '/1/spec/externalName')
    expect(finding.message).toMatch(/is not a DNS name/)
  })

  it('a DNS name, fully qualified with a trailing dot or not, is fine, with ports and a selector too', () => {
    const withPorts = svc(
      { name: 'db2', type: 'ExternalName', clusterIP: null },
      { externalName: 'db.example.com.' },
    )
    expectAccepted(design(service(), alias('db.example.com'), withPorts))
  })

  it.each(['ipFamilyPolicy', 'ipFamilies'])(
    '%s is refused on an ExternalName Service, fixed by removing it',
    (field) => {
      const value = field === 'ipFamilies' ? ['IPv4'] : 'SingleStack'
      const subject = design(service(), alias('db.example.com', { [field]: value }))
      const finding = expectRefused(subject, `/1/spec/${field}`)
      expect(finding.message).toMatch(/may only be used when the type is ClusterIP, NodePort or LoadBalancer/)
      expectFixAccepted(subject, finding)
    },
  )

  it('as governing Service it is called a DNS alias, not a Service with a cluster IP', () => {
    const governing = svc(
      { name: 'nginx', type: 'ExternalName', clusterIP: null },
      { externalName: 'db.example.com' },
    )
    const subject = designOf(governing, statefulSet())
    const [finding] = withCode(lint(subject), 'SERVICE_NOT_HEADLESS')
    expect(finding!.message).toMatch(/is an ExternalName Service \(a DNS alias without endpoints\)/)
    expect(finding!.message).not.toMatch(/cluster IP/)
    const pod = deriveTopology(subject).statefulSets[0]!.pods[0]!
    expect(pod.reason).toMatch(/is an ExternalName Service/)
    const fixed = applyQuickFix(subject, finding!.fixes![0]!)
    expect(withCode(lint(fixed), 'SERVICE_NOT_HEADLESS')).toEqual([])
    expect((fixed.documents[0]!.value as JsonObject).spec).not.toHaveProperty('externalName')
    expect(deriveTopology(fixed).statefulSets[0]!.pods[0]!.resolvable).toBe(true)
  })

  it('headless it is refused with "a Service of type ExternalName", not "a ExternalName"', () => {
    const finding = expectRefused(
      design(svc({ name: 'db', type: 'ExternalName', selector: null }, { externalName: 'db.example.com' })),
      '/0/spec/type',
    )
    expect(finding.message).toMatch(/a Service of type ExternalName cannot be headless/)
  })
})

describe('session affinity', () => {
  it('a misspelt sessionAffinity is refused, fixed by its right case', () => {
    const subject = design(svc({}, { sessionAffinity: 'clientIP' }))
    const finding = expectRefused(subject, '/0/spec/sessionAffinity')
    expect(finding.fixes?.[0]?.patch).toEqual([{ pointer: '/0/spec/sessionAffinity', value: 'ClientIP' }])
    expectFixAccepted(subject, finding)
  })

  it.each([0, 86401])('a ClientIP timeout of %i seconds is refused, fixed by the default', (seconds) => {
    const subject = design(
      svc(
        {},
        { sessionAffinity: 'ClientIP', sessionAffinityConfig: { clientIP: { timeoutSeconds: seconds } } },
      ),
    )
    const finding = expectRefused(subject, '/0/spec/sessionAffinityConfig/clientIP/timeoutSeconds')
    expectFixAccepted(subject, finding)
  })

  it('timeouts of 1 and 86400 seconds are fine, and None drops the config rather than refusing it', () => {
    const timeout = (seconds: number) => ({ clientIP: { timeoutSeconds: seconds } })
    expectAccepted(
      design(
        svc({ name: 'one' }, { sessionAffinity: 'ClientIP', sessionAffinityConfig: timeout(1) }),
        svc({ name: 'day' }, { sessionAffinity: 'ClientIP', sessionAffinityConfig: timeout(86400) }),
        svc({ name: 'none' }, { sessionAffinity: 'None', sessionAffinityConfig: timeout(0) }),
      ),
    )
  })
})

describe('traffic policies', () => {
  it('a misspelt externalTrafficPolicy is refused where it is allowed, fixed by its right case', () => {
    const edge = svc(
      { name: 'edge', type: 'LoadBalancer', clusterIP: null },
      { externalTrafficPolicy: 'local' },
    )
    const subject = design(service(), edge)
    const finding = expectRefused(subject, '/1/spec/externalTrafficPolicy')
    expect(finding.fixes?.[0]?.patch).toEqual([{ pointer: '/1/spec/externalTrafficPolicy', value: 'Local' }])
    expectFixAccepted(subject, finding)
  })

  it('on a headless Service only its presence is refused, once', () => {
    const subject = design(svc({}, { externalTrafficPolicy: 'local' }))
    expect(expectRefused(subject, '/0/spec/externalTrafficPolicy').message).toMatch(/may only be set/)
  })

  it('a misspelt internalTrafficPolicy is refused, fixed by its right case; Local is fine', () => {
    const subject = design(svc({}, { internalTrafficPolicy: 'local' }))
    expectFixAccepted(subject, expectRefused(subject, '/0/spec/internalTrafficPolicy'))
  })

  it('trafficDistribution takes PreferClose, PreferSameZone and PreferSameNode, with that case', () => {
    const subject = design(svc({}, { trafficDistribution: 'preferClose' }))
    expectFixAccepted(subject, expectRefused(subject, '/0/spec/trafficDistribution'))
    expectAccepted(
      design(
        svc({ name: 'zone' }, { trafficDistribution: 'PreferSameZone' }),
        svc({ name: 'node' }, { trafficDistribution: 'PreferSameNode' }),
      ),
    )
  })
})

describe('IP families and cluster IPs', () => {
  it('an ipFamilyPolicy that is none is refused, fixed by PreferDualStack', () => {
    const subject = design(svc({}, { ipFamilyPolicy: 'DualStack' }))
    const finding = expectRefused(subject, '/0/spec/ipFamilyPolicy')
    expect(finding.fixes?.[0]?.patch).toEqual([
      { pointer: '/0/spec/ipFamilyPolicy', value: 'PreferDualStack' },
    ])
    expectFixAccepted(subject, finding)
  })

  it.each([
    ['a family in the wrong case', ['ipv4'], '/0/spec/ipFamilies/0'],
    ['a family twice', ['IPv4', 'IPv4'], '/0/spec/ipFamilies/1'],
  ])('%s is refused at the item', (_name, ipFamilies, path) => {
    expectRefused(design(svc({}, { ipFamilyPolicy: 'RequireDualStack', ipFamilies })), path)
  })

  it('two families under SingleStack, written or by default, are refused, fixed by PreferDualStack', () => {
    const written = design(svc({}, { ipFamilyPolicy: 'SingleStack', ipFamilies: ['IPv4', 'IPv6'] }))
    expectFixAccepted(written, expectRefused(written, '/0/spec/ipFamilyPolicy'))
    const byDefault = design(svc({ clusterIP: null }, { ipFamilies: ['IPv4', 'IPv6'] }))
    expectFixAccepted(byDefault, expectRefused(byDefault, '/0/spec/ipFamilyPolicy'))
  })

  it('two families are fine when dual-stack, or by default on a headless Service without selector', () => {
    expectAccepted(
      design(
        svc({ name: 'dual' }, { ipFamilyPolicy: 'PreferDualStack', ipFamilies: ['IPv6', 'IPv4'] }),
        svc({ name: 'bare', selector: null }, { ipFamilies: ['IPv4', 'IPv6'] }),
      ),
    )
  })

  it('clusterIPs hold at most one address per family', () => {
    const twoV4 = svc(
      { name: 'vip', clusterIP: '10.96.0.50' },
      { ipFamilyPolicy: 'PreferDualStack', clusterIPs: ['10.96.0.50', '10.96.0.51'] },
    )
    expectRefused(design(service(), twoV4), '/1/spec/clusterIPs')
    const dual = svc(
      { name: 'vip', clusterIP: '10.96.0.50' },
      { ipFamilyPolicy: 'PreferDualStack', clusterIPs: ['10.96.0.50', 'fd00::51'] },
    )
    expectAccepted(design(service(), dual))
  })
})

describe('externalIPs', () => {
  it('must be IP addresses', () => {
    const named = svc({ name: 'vip', clusterIP: null }, { externalIPs: ['example.com'] })
    expectRefused(design(service(), named), '/1/spec/externalIPs/0')
    expectAccepted(design(service(), svc({ name: 'vip', clusterIP: null }, { externalIPs: ['192.0.2.10'] })))
  })
})
