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

describe('appProtocol', () => {
  /** A headless Service whose one port carries this appProtocol. */
  const withAppProtocol = (appProtocol: string) =>
    svc({}, { ports: [{ name: 'web', port: 80, appProtocol }] })

  it.each([
    ['a prefix in upper case', 'HTTP/2', /the prefix "HTTP" must be lower case/],
    ['an empty value', '', /it must not be empty/],
    ['two slashes', 'example.com/a/b', /one "\/" only, after a lower-case DNS prefix/],
    ['a name starting with "-"', '-grpc', /starting and ending with a letter or digit/],
  ])('%s is refused at the port, fixed by removing it', (_name, appProtocol, detail) => {
    const subject = design(withAppProtocol(appProtocol))
    const finding = expectRefused(subject, '/0/spec/ports/0/appProtocol')
    expect(finding.message).toMatch(/is not a protocol name such as http, grpc or kubernetes\.io\/h2c/)
    expect(finding.message).toMatch(detail)
    const fixed = expectFixAccepted(subject, finding)
    expect(((fixed.documents[0]!.value as JsonObject).spec as JsonObject).ports).toEqual([
      { name: 'web', port: 80 },
    ])
  })

  it.each(['http', 'grpc', 'HTTP', 'kubernetes.io/h2c', 'kubernetes.io/ws', 'example.com/my_protocol.v2'])(
    '%s is fine',
    (appProtocol) => expectAccepted(design(withAppProtocol(appProtocol))),
  )
})

describe('load balancer source ranges', () => {
  const edge = (extra: JsonObject, annotations?: Record<string, string>) =>
    svc({ name: 'edge', type: 'LoadBalancer', clusterIP: null, annotations }, extra)
  const ANNOTATION = 'service.beta.kubernetes.io/load-balancer-source-ranges'
  const annotationPath = '/1/metadata/annotations/service.beta.kubernetes.io~1load-balancer-source-ranges'

  it.each(['10.0.0.0/33', '10.0.0.0', '256.0.0.0/8', 'example.com/24', '2001:db8::/129', '10.0.0.0/8/8'])(
    '%s is refused at the entry, with no fix (dropping a range would widen access)',
    (range) => {
      const subject = design(service(), edge({ loadBalancerSourceRanges: ['192.0.2.0/24', range] }))
      const finding = expectRefused(subject, '/1/spec/loadBalancerSourceRanges/1')
      expect(finding.message).toMatch(/is not a CIDR range such as 203\.0\.113\.0\/24/)
      expect(finding.fixes ?? []).toEqual([])
    },
  )

  it('CIDRs the API server parses are fine: space-padded, host bits set, leading zeros, IPv6', () => {
    const ranges = [' 10.0.0.0/8 ', '192.168.1.5/24', '010.0.0.0/08', '2001:db8::/64', '0.0.0.0/0']
    expectAccepted(design(service(), edge({ loadBalancerSourceRanges: ranges })))
  })

  it('on another type the field is refused once, for its presence, fixed by removing it', () => {
    const subject = design(svc({ name: 'vip', clusterIP: null }, { loadBalancerSourceRanges: ['bad'] }))
    const finding = expectRefused(subject, '/0/spec/loadBalancerSourceRanges')
    expect(finding.message).toMatch(/may only be used when the type is LoadBalancer/)
    expectFixAccepted(subject, finding)
  })

  it('without the field, the annotation is checked: each comma-separated CIDR', () => {
    const subject = design(service(), edge({}, { [ANNOTATION]: '10.0.0.0/8, 10.0.0.0/40' }))
    const finding = expectRefused(subject, annotationPath)
    expect(finding.message).toMatch(/lists "10\.0\.0\.0\/40", which is not a CIDR range/)
    expectAccepted(design(service(), edge({}, { [ANNOTATION]: ' 10.0.0.0/8 , 192.168.0.0/16 ' })))
    // The field wins: the API server then ignores the annotation.
    expectAccepted(
      design(service(), edge({ loadBalancerSourceRanges: ['10.0.0.0/8'] }, { [ANNOTATION]: 'bad' })),
    )
  })

  it('the annotation on another type is refused, fixed by removing it', () => {
    const subject = design(svc({ name: 'vip', clusterIP: null, annotations: { [ANNOTATION]: '10.0.0.0/8' } }))
    const finding = expectRefused(subject, annotationPath.replace('/1/', '/0/'))
    expect(finding.message).toMatch(
      /may only be used when the type is LoadBalancer \(this one is ClusterIP\)/,
    )
    const fixed = expectFixAccepted(subject, finding)
    expect((fixed.documents[0]!.value as JsonObject).metadata).toEqual({ name: 'vip', annotations: {} })
  })
})

describe('healthCheckNodePort', () => {
  /** A LoadBalancer with externalTrafficPolicy Local (which needs a health check port) and these ports. */
  const local = (name: string, healthCheckNodePort: number, ...ports: ServicePortSpec[]) =>
    svc(
      { name, type: 'LoadBalancer', clusterIP: null, ports: ports.length > 0 ? ports : undefined },
      { externalTrafficPolicy: 'Local', healthCheckNodePort },
    )

  it('outside the node port range it is refused, fixed by removing it (the cluster then picks one)', () => {
    const subject = design(service(), local('edge', 8080))
    const finding = expectRefused(subject, '/1/spec/healthCheckNodePort')
    expect(finding.message).toMatch(
      /spec\.healthCheckNodePort 8080 is not in the node port range, 30000-32767/,
    )
    expectFixAccepted(subject, finding)
  })

  it('it cannot be a node port of the same Service', () => {
    const subject = design(service(), local('edge', 30080, { name: 'web', port: 80, nodePort: 30080 }))
    const finding = expectRefused(subject, '/1/spec/healthCheckNodePort')
    expect(finding.message).toMatch(/is not free: a node port of this Service has it/)
  })

  it('it shares one pool with node ports across Services, both ways', () => {
    const taken = design(
      nodePortService('first', { name: 'web', port: 80, nodePort: 30100 }),
      local('second', 30100),
    )
    expect(expectRefused(taken, '/1/spec/healthCheckNodePort').message).toMatch(/Service "first" has it/)
    const takes = design(
      local('first', 30100),
      nodePortService('second', { name: 'web', port: 80, nodePort: 30100 }),
    )
    expect(expectRefused(takes, '/1/spec/ports/0/nodePort').message).toMatch(/Service "first" has it/)
  })

  it('a free port in range is fine', () => {
    expectAccepted(design(service(), local('edge', 30101, { name: 'web', port: 80, nodePort: 30080 })))
  })
})

describe('findings about a refused Service', () => {
  it('a refused governing Service is still not headless: that stays a problem, and making it headless clears both', () => {
    const governing = svc(
      { type: 'LoadBalancer', clusterIP: null },
      { loadBalancerSourceRanges: ['10.0.0.0/33'] },
    )
    const subject = designOf(governing, statefulSet())
    expect(invalid(subject).map((finding) => finding.path)).toEqual(['/0/spec/loadBalancerSourceRanges/0'])
    const [notHeadless] = withCode(lint(subject), 'SERVICE_NOT_HEADLESS')
    expect(notHeadless!.path).toBe('/0/spec/clusterIP')
    const fixed = applyQuickFix(subject, notHeadless!.fixes![0]!)
    expect(withCode(lint(fixed), 'SERVICE_NOT_HEADLESS')).toEqual([])
    expectAccepted(fixed)
    expect(deriveTopology(fixed).statefulSets[0]!.pods[0]!.resolvable).toBe(true)
  })

  it("a refused Service that selects a Deployment's pods is not said to select no pod; a real typo still is", () => {
    const deployment = {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: 'api' },
      spec: {
        selector: { matchLabels: { app: 'api' } },
        template: {
          metadata: { labels: { app: 'api' } },
          spec: { containers: [{ name: 'api', image: 'api:1' }] },
        },
      },
    }
    const refused = (selector: Record<string, string>) =>
      svc({ name: 'api', clusterIP: null, selector }, { sessionAffinity: 'Sticky' })
    const right = designOf(deployment, refused({ app: 'api' }), service(), statefulSet())
    expect(invalid(right).map((finding) => finding.path)).toEqual(['/1/spec/sessionAffinity'])
    expect(validity(right)).toEqual([false, true])
    expect(withCode(lint(right), 'SVC_SELECTOR_MISMATCH')).toEqual([])
    const typo = designOf(deployment, refused({ app: 'apl' }), service(), statefulSet())
    expect(withCode(lint(typo), 'SVC_SELECTOR_MISMATCH').map((finding) => finding.path)).toEqual([
      '/1/spec/selector',
    ])
  })
})
