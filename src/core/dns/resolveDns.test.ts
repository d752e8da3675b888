import { describe, it, expect } from 'vitest'
import { resolveDns } from './resolveDns'
import { deriveTopology } from '../topology/deriveTopology'
import { designOf, service, statefulSet } from '../testing/support'
import type { ClusterOptions, Design, DnsAnswer } from '../model/types'

/** The A record data of an answer (NXDOMAIN gives []). */
function addresses(answer: DnsAnswer): string[] {
  return answer.answers.map((record) => record.data)
}

function podIp(design: Design, pod: string, opts?: ClusterOptions): string {
  const found = deriveTopology(design, opts)
    .statefulSets.flatMap((set) => set.pods)
    .find((candidate) => candidate.name === pod)
  if (!found) throw new Error(`no pod ${pod}`)
  return found.ip
}

const web = designOf(
  service({ ports: [{ name: 'web', port: 80 }] }),
  service({ name: 'web-client', clusterIP: null, ports: [{ name: 'http', port: 8080, targetPort: 'web' }] }),
  service({ name: 'pinned', clusterIP: '10.96.0.42', ports: [{ name: 'http', port: 80 }] }),
  statefulSet(),
)

describe('A records', () => {
  const [ip0, ip1, ip2] = ['web-0', 'web-1', 'web-2'].map((pod) => podIp(web, pod))

  it.each([
    ['nginx.default.svc.cluster.local', 'NOERROR', [ip0, ip1, ip2]],
    ['web-0.nginx.default.svc.cluster.local', 'NOERROR', [ip0]],
    ['web-2.nginx.default.svc.cluster.local', 'NOERROR', [ip2]],
    ['WEB-1.NGINX.Default.SVC.Cluster.Local', 'NOERROR', [ip1]],
    ['web-1.nginx.default.svc.cluster.local.', 'NOERROR', [ip1]],
    ['  nginx.default.svc.cluster.local.  ', 'NOERROR', [ip0, ip1, ip2]],
    ['web-3.nginx.default.svc.cluster.local', 'NXDOMAIN', []],
    ['web-0.web-client.default.svc.cluster.local', 'NXDOMAIN', []],
    ['nginx.other.svc.cluster.local', 'NXDOMAIN', []],
    ['missing.default.svc.cluster.local', 'NXDOMAIN', []],
    ['nginx.default.svc.cluster.local.example', 'NXDOMAIN', []],
    ['nginx.default.svc.k8s.local', 'NXDOMAIN', []],
    ['nginx.default', 'NXDOMAIN', []],
    ['nginx', 'NXDOMAIN', []],
    ['', 'NXDOMAIN', []],
    ['.', 'NXDOMAIN', []],
    ['default.svc.cluster.local', 'NXDOMAIN', []],
    ['a.web-0.nginx.default.svc.cluster.local', 'NXDOMAIN', []],
    ['web-0..nginx.default.svc.cluster.local', 'NXDOMAIN', []],
    ['_web._tcp.nginx.default.svc.cluster.local', 'NXDOMAIN', []],
  ])('%j -> %s', (name, rcode, data) => {
    const answer = resolveDns(web, name, 'A')
    expect(answer.rcode).toBe(rcode)
    expect(addresses(answer)).toEqual(data)
    if (rcode === 'NOERROR') expect(answer.answers.every((record) => record.type === 'A')).toBe(true)
    expect(answer.explanation).toBeTruthy()
  })

  it('names the answers after the query, in lower case and without the trailing dot', () => {
    const answer = resolveDns(web, 'Web-0.Nginx.default.svc.cluster.local.', 'A')
    expect(answer.answers).toEqual([{ name: 'web-0.nginx.default.svc.cluster.local', type: 'A', data: ip0 }])
  })

  it('gives one virtual IP for a ClusterIP Service, the pinned one when spec.clusterIP is set', () => {
    const client = resolveDns(web, 'web-client.default.svc.cluster.local', 'A')
    expect(client.rcode).toBe('NOERROR')
    expect(addresses(client)).toHaveLength(1)
    expect(addresses(client)[0]).toBe(
      deriveTopology(web).services.find((s) => s.name === 'web-client')?.clusterIP,
    )
    expect(addresses(client)[0]).not.toMatch(/^10\.(12[89]|1[3-9]\d|2\d\d)\./) // not a pod address
    expect(addresses(resolveDns(web, 'pinned.default.svc.cluster.local', 'A'))).toEqual(['10.96.0.42'])
  })

  it('answers for a ClusterIP Service even without endpoints (it has its virtual IP)', () => {
    const design = designOf(service({ clusterIP: null, selector: { app: 'nothing' } }), statefulSet())
    expect(resolveDns(design, 'nginx.default.svc.cluster.local', 'A').rcode).toBe('NOERROR')
  })

  it('is NXDOMAIN for a headless Service without ready endpoints', () => {
    const noMatch = designOf(service({ selector: { app: 'nothing' } }), statefulSet())
    expect(resolveDns(noMatch, 'nginx.default.svc.cluster.local', 'A').rcode).toBe('NXDOMAIN')
    const scaledToZero = designOf(service(), statefulSet({ replicas: 0 }))
    expect(resolveDns(scaledToZero, 'nginx.default.svc.cluster.local', 'A').rcode).toBe('NXDOMAIN')
    const allNotReady = { notReady: ['web-0', 'web-1', 'web-2'] }
    expect(resolveDns(web, 'nginx.default.svc.cluster.local', 'A', allNotReady).rcode).toBe('NXDOMAIN')
  })

  it('leaves not-ready pods out, unless the Service publishes not-ready addresses', () => {
    const opts = { notReady: ['web-1'] }
    expect(addresses(resolveDns(web, 'nginx.default.svc.cluster.local', 'A', opts))).toEqual([ip0, ip2])
    expect(resolveDns(web, 'web-1.nginx.default.svc.cluster.local', 'A', opts).rcode).toBe('NXDOMAIN')
    expect(addresses(resolveDns(web, 'web-0.nginx.default.svc.cluster.local', 'A', opts))).toEqual([ip0])

    const publishing = designOf(service({ publishNotReadyAddresses: true }), statefulSet())
    const ips = ['web-0', 'web-1', 'web-2'].map((pod) => podIp(publishing, pod))
    expect(addresses(resolveDns(publishing, 'nginx.default.svc.cluster.local', 'A', opts))).toEqual(ips)
    expect(addresses(resolveDns(publishing, 'web-1.nginx.default.svc.cluster.local', 'A', opts))).toEqual([
      ips[1],
    ])
  })

  it('ignores the old tolerate-unready-endpoints annotation', () => {
    const design = designOf(
      service({ annotations: { 'service.alpha.kubernetes.io/tolerate-unready-endpoints': 'true' } }),
      statefulSet(),
    )
    const opts = { notReady: ['web-0', 'web-1', 'web-2'] }
    expect(resolveDns(design, 'nginx.default.svc.cluster.local', 'A', opts).rcode).toBe('NXDOMAIN')
    expect(resolveDns(design, 'web-0.nginx.default.svc.cluster.local', 'A', opts).rcode).toBe('NXDOMAIN')
  })

  it('honours a custom cluster domain, in any case and with dots around it', () => {
    const opts = { clusterDomain: '.Corp.Example.' }
    expect(addresses(resolveDns(web, 'web-0.nginx.default.svc.corp.example', 'A', opts))).toEqual([
      podIp(web, 'web-0'),
    ])
    expect(resolveDns(web, 'web-0.nginx.default.svc.corp.example.', 'A', opts).rcode).toBe('NOERROR')
    expect(resolveDns(web, 'web-0.nginx.default.svc.cluster.local', 'A', opts).rcode).toBe('NXDOMAIN')
  })

  it('uses ordinals.start in pod names', () => {
    const design = designOf(service(), statefulSet({ ordinalsStart: 1 }))
    expect(resolveDns(design, 'web-0.nginx.default.svc.cluster.local', 'A').rcode).toBe('NXDOMAIN')
    expect(resolveDns(design, 'web-3.nginx.default.svc.cluster.local', 'A').rcode).toBe('NOERROR')
    expect(addresses(resolveDns(design, 'nginx.default.svc.cluster.local', 'A'))).toHaveLength(3)
  })

  it('answers per namespace', () => {
    const design = designOf(service({ namespace: 'db' }), statefulSet({ namespace: 'db' }), statefulSet())
    expect(resolveDns(design, 'web-0.nginx.db.svc.cluster.local', 'A').rcode).toBe('NOERROR')
    expect(resolveDns(design, 'web-0.nginx.default.svc.cluster.local', 'A').rcode).toBe('NXDOMAIN')
    expect(addresses(resolveDns(design, 'nginx.db.svc.cluster.local', 'A'))).toEqual(
      ['web-0', 'web-1', 'web-2'].map((pod) => podIp(design, pod)).slice(0, 3),
    )
  })

  it('answers no query for a Service the API server would reject', () => {
    const design = designOf(service({ ports: [{ port: 80 }, { port: 81 }] }), statefulSet())
    expect(resolveDns(design, 'nginx.default.svc.cluster.local', 'A').rcode).toBe('NXDOMAIN')
    expect(resolveDns(design, 'web-0.nginx.default.svc.cluster.local', 'A').rcode).toBe('NXDOMAIN')
  })

  it('answers no pod name when the StatefulSet is rejected', () => {
    const design = designOf(service(), statefulSet({ selector: { app: 'other' } }))
    const answer = resolveDns(design, 'web-0.nginx.default.svc.cluster.local', 'A')
    expect(answer.rcode).toBe('NXDOMAIN')
    expect(answer.explanation).toMatch(/will not create/)
  })

  it('answers a pod name only under the Service its StatefulSet names', () => {
    const design = designOf(
      service({ name: 'governing' }),
      service({ name: 'other' }),
      statefulSet({ serviceName: 'governing' }),
    )
    expect(resolveDns(design, 'web-0.governing.default.svc.cluster.local', 'A').rcode).toBe('NOERROR')
    expect(resolveDns(design, 'web-0.other.default.svc.cluster.local', 'A').rcode).toBe('NXDOMAIN')
    // Under the other headless Service, the pod is known by its dashed IP.
    const dashed = podIp(design, 'web-0').replace(/\./g, '-')
    expect(addresses(resolveDns(design, `${dashed}.other.default.svc.cluster.local`, 'A'))).toEqual([
      podIp(design, 'web-0'),
    ])
  })

  it('answers the dashed-IP name under a ClusterIP Service that selects the pod, but not its hostname there', () => {
    // Kubernetes' DNS documentation: "Any Pods exposed by a Service have pod-ipv4-address.service-name…";
    // the hostname form needs a headless Service that governs the pod.
    const design = designOf(
      service(),
      service({ name: 'web-client', clusterIP: null }),
      service({ name: 'governing-vip', clusterIP: null, selector: { app: 'db' } }),
      statefulSet(),
      statefulSet({ name: 'db', serviceName: 'governing-vip', labels: { app: 'db' } }),
    )
    const dashed = podIp(design, 'web-0').replace(/\./g, '-')
    const underVip = resolveDns(design, `${dashed}.web-client.default.svc.cluster.local`, 'A')
    expect(addresses(underVip)).toEqual([podIp(design, 'web-0')])
    expect(underVip.explanation).toMatch(/a Service that selects it without governing it/)
    const notReady = resolveDns(design, `${dashed}.web-client.default.svc.cluster.local`, 'A', {
      notReady: ['web-0'],
    })
    expect(notReady.rcode).toBe('NXDOMAIN')
    expect(resolveDns(design, 'web-0.web-client.default.svc.cluster.local', 'A').rcode).toBe('NXDOMAIN')
    // Governed by a ClusterIP Service: neither form (the endpoint carries the hostname, not the dashed IP).
    const governed = resolveDns(design, 'db-0.governing-vip.default.svc.cluster.local', 'A')
    expect(governed.rcode).toBe('NXDOMAIN')
    expect(governed.explanation).toMatch(/not headless/)
    const dbDashed = podIp(design, 'db-0').replace(/\./g, '-')
    expect(resolveDns(design, `${dbDashed}.governing-vip.default.svc.cluster.local`, 'A').rcode).toBe(
      'NXDOMAIN',
    )
    // Under the headless Service that governs a pod, its dashed IP is no name either: its hostname is.
    const underGoverning = resolveDns(design, `${dashed}.nginx.default.svc.cluster.local`, 'A')
    expect(underGoverning.rcode).toBe('NXDOMAIN')
    expect(underGoverning.explanation).toContain(
      'known by its hostname, web-0.nginx.default.svc.cluster.local',
    )
  })

  it('gives every pod its own, stable IP', () => {
    const again = designOf(
      service({ ports: [{ name: 'web', port: 80 }] }),
      service({
        name: 'web-client',
        clusterIP: null,
        ports: [{ name: 'http', port: 8080, targetPort: 'web' }],
      }),
      service({ name: 'pinned', clusterIP: '10.96.0.42', ports: [{ name: 'http', port: 80 }] }),
      statefulSet(),
    )
    expect(addresses(resolveDns(again, 'nginx.default.svc.cluster.local', 'A'))).toEqual([ip0, ip1, ip2])
    expect(new Set([ip0, ip1, ip2]).size).toBe(3)
  })
})

describe('SRV records', () => {
  it.each([
    [
      '_web._tcp.nginx.default.svc.cluster.local',
      [
        '0 33 80 web-0.nginx.default.svc.cluster.local',
        '0 33 80 web-1.nginx.default.svc.cluster.local',
        '0 33 80 web-2.nginx.default.svc.cluster.local',
      ],
    ],
    [
      '_WEB._TCP.nginx.default.svc.cluster.local.',
      [
        '0 33 80 web-0.nginx.default.svc.cluster.local',
        '0 33 80 web-1.nginx.default.svc.cluster.local',
        '0 33 80 web-2.nginx.default.svc.cluster.local',
      ],
    ],
    ['_http._tcp.web-client.default.svc.cluster.local', ['0 100 8080 web-client.default.svc.cluster.local']],
    ['_http._tcp.pinned.default.svc.cluster.local', ['0 100 80 pinned.default.svc.cluster.local']],
    ['_web._udp.nginx.default.svc.cluster.local', []],
    ['_http._tcp.nginx.default.svc.cluster.local', []],
    ['_web.nginx.default.svc.cluster.local', []],
    ['web._tcp.nginx.default.svc.cluster.local', []],
    ['nginx.default.svc.cluster.local', []],
    ['web-0.nginx.default.svc.cluster.local', []],
    ['_web._tcp.missing.default.svc.cluster.local', []],
  ])('%j', (name, data) => {
    const answer = resolveDns(web, name, 'SRV')
    expect(answer.rcode).toBe(data.length > 0 ? 'NOERROR' : 'NXDOMAIN')
    expect(answer.answers.map((record) => record.data)).toEqual(data)
    expect(
      answer.answers.every(
        (record) => record.type === 'SRV' && record.name === name.trim().toLowerCase().replace(/\.$/, ''),
      ),
    ).toBe(true)
  })

  it('gives each record a weight of at least 1, as CoreDNS does past 100 endpoints', () => {
    const large = designOf(service(), statefulSet({ replicas: 150 }))
    const records = resolveDns(large, '_web._tcp.nginx.default.svc.cluster.local', 'SRV').answers
    expect(records).toHaveLength(150)
    expect(new Set(records.map((record) => record.data.split(' ')[1]))).toEqual(new Set(['1']))
  })

  it('names only the ready endpoints (all of them with publishNotReadyAddresses)', () => {
    const opts = { notReady: ['web-0'] }
    expect(
      resolveDns(web, '_web._tcp.nginx.default.svc.cluster.local', 'SRV', opts).answers.map((r) => r.data),
    ).toEqual([
      '0 50 80 web-1.nginx.default.svc.cluster.local',
      '0 50 80 web-2.nginx.default.svc.cluster.local',
    ])
    const publishing = designOf(service({ publishNotReadyAddresses: true }), statefulSet({ replicas: 4 }))
    expect(
      resolveDns(publishing, '_web._tcp.nginx.default.svc.cluster.local', 'SRV', opts).answers.map(
        (r) => r.data,
      ),
    ).toEqual([
      '0 25 80 web-0.nginx.default.svc.cluster.local',
      '0 25 80 web-1.nginx.default.svc.cluster.local',
      '0 25 80 web-2.nginx.default.svc.cluster.local',
      '0 25 80 web-3.nginx.default.svc.cluster.local',
    ])
  })

  it('carries the endpoint port: a named targetPort resolved per pod, pods lacking it left out', () => {
    const design = designOf(
      service({
        name: 'shared',
        selector: { tier: 'db' },
        ports: [{ name: 'sql', port: 5432, targetPort: 'sql' }],
      }),
      statefulSet({
        name: 'a',
        serviceName: 'shared',
        labels: { tier: 'db', app: 'a' },
        ports: [{ name: 'sql', containerPort: 5432 }],
        replicas: 1,
      }),
      statefulSet({
        name: 'b',
        serviceName: 'shared',
        labels: { tier: 'db', app: 'b' },
        ports: [{ name: 'sql', containerPort: 6432 }],
        replicas: 1,
      }),
      statefulSet({
        name: 'c',
        serviceName: 'shared',
        labels: { tier: 'db', app: 'c' },
        ports: [{ name: 'other', containerPort: 7000 }],
        replicas: 1,
      }),
    )
    expect(
      resolveDns(design, '_sql._tcp.shared.default.svc.cluster.local', 'SRV').answers.map(
        (record) => record.data,
      ),
    ).toEqual([
      '0 50 5432 a-0.shared.default.svc.cluster.local',
      '0 50 6432 b-0.shared.default.svc.cluster.local',
    ])
    // The Service's own name still resolves to every ready endpoint.
    expect(resolveDns(design, 'shared.default.svc.cluster.local', 'A').answers).toHaveLength(3)
  })

  it('uses a numeric targetPort as the endpoint port of a headless Service', () => {
    const design = designOf(
      service({ ports: [{ name: 'web', port: 80, targetPort: 8080 }] }),
      statefulSet({ replicas: 1 }),
    )
    expect(
      resolveDns(design, '_web._tcp.nginx.default.svc.cluster.local', 'SRV').answers.map(
        (record) => record.data,
      ),
    ).toEqual(['0 100 8080 web-0.nginx.default.svc.cluster.local'])
  })

  it('matches a named targetPort by protocol too', () => {
    const design = designOf(
      service({ ports: [{ name: 'dns', port: 53, targetPort: 'dns', protocol: 'UDP' }] }),
      statefulSet({ ports: [{ name: 'dns', containerPort: 5353, protocol: 'TCP' }], replicas: 1 }),
    )
    expect(resolveDns(design, '_dns._udp.nginx.default.svc.cluster.local', 'SRV').rcode).toBe('NXDOMAIN')
  })

  it('has no record for an unnamed port', () => {
    const design = designOf(service({ ports: [{ port: 80 }] }), statefulSet())
    expect(resolveDns(design, '_._tcp.nginx.default.svc.cluster.local', 'SRV').rcode).toBe('NXDOMAIN')
    expect(resolveDns(design, '_80._tcp.nginx.default.svc.cluster.local', 'SRV').rcode).toBe('NXDOMAIN')
  })

  it('works with a custom cluster domain and ordinals.start', () => {
    const design = designOf(
      service({ namespace: 'data' }),
      statefulSet({ namespace: 'data', ordinalsStart: 7, replicas: 2 }),
    )
    const answer = resolveDns(design, '_web._tcp.nginx.data.svc.k8s.example.', 'SRV', {
      clusterDomain: 'k8s.example',
    })
    expect(answer.answers.map((record) => record.data)).toEqual([
      '0 50 80 web-7.nginx.data.svc.k8s.example',
      '0 50 80 web-8.nginx.data.svc.k8s.example',
    ])
  })

  it('matches the SRV records the topology lists', () => {
    for (const srv of deriveTopology(web).services.flatMap((candidate) => candidate.srv)) {
      const answer = resolveDns(web, srv.name, 'SRV')
      expect(answer.answers.map((record) => record.data.split(' ').slice(2).join(' '))).toEqual(
        srv.targets.map((target) => `${srv.port} ${target}`),
      )
    }
  })
})

describe('Services that also select pods the app does not simulate', () => {
  const proxy = {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: 'proxy' },
    spec: { template: { metadata: { labels: { app: 'proxy', tier: 'db' } } } },
  }
  const design = designOf(
    service({ name: 'proxy', selector: { app: 'proxy' }, ports: [{ name: 'tcp', port: 6379 }] }),
    service({ name: 'db', selector: { tier: 'db' }, ports: [{ name: 'tcp', port: 6379 }] }),
    service(),
    statefulSet({ labels: { app: 'nginx', tier: 'db' } }),
    proxy,
  )

  it("lists them in the Service's topology, by kind and name", () => {
    const services = deriveTopology(design).services
    expect(
      services.map((found) => [found.name, found.selectedPods.length, found.unmodelledWorkloads]),
    ).toEqual([
      ['proxy', 0, [{ kind: 'Deployment', name: 'proxy' }]],
      ['db', 3, [{ kind: 'Deployment', name: 'proxy' }]],
      ['nginx', 3, []],
    ])
  })

  it('answers for a headless Service in front of a Deployment without NXDOMAIN, saying its records are not simulated', () => {
    const answer = resolveDns(design, 'proxy.default.svc.cluster.local', 'A')
    expect(answer).toMatchObject({ rcode: 'NOERROR', answers: [] })
    expect(answer.explanation).toContain('Deployment "proxy", which this app does not simulate')
    expect(resolveDns(design, '_tcp._tcp.proxy.default.svc.cluster.local', 'SRV')).toMatchObject({
      rcode: 'NOERROR',
      answers: [],
    })
  })

  it('gives the simulated pods of a Service that selects both, and says what the answer leaves out', () => {
    const answer = resolveDns(design, 'db.default.svc.cluster.local', 'A')
    expect(addresses(answer)).toEqual(['web-0', 'web-1', 'web-2'].map((pod) => podIp(design, pod)))
    expect(answer.explanation).toMatch(/also selects the pods of Deployment "proxy"/)
  })

  it("explains a pod's name under a headless Service that selects it without governing it: its IP with dashes", () => {
    const dashed = podIp(design, 'web-1').replaceAll('.', '-')
    const answer = resolveDns(design, `${dashed}.db.default.svc.cluster.local`, 'A')
    expect(addresses(answer)).toEqual([podIp(design, 'web-1')])
    expect(answer.explanation).toContain('"web-1" under "db"')
    expect(answer.explanation).toContain("the label is the pod's IP with dashes")
  })
})

describe('a ClusterIP Service with an IPv6 cluster IP', () => {
  const design = designOf(
    service({ name: 'v6', clusterIP: '2001:db8:fd00::5118', ports: [{ name: 'http', port: 80 }] }),
    statefulSet(),
  )

  it('is accepted by the cluster, and has no A record (it answers AAAA queries)', () => {
    expect(deriveTopology(design).services[0]).toMatchObject({
      valid: true,
      clusterIP: '2001:db8:fd00::5118',
    })
    const answer = resolveDns(design, 'v6.default.svc.cluster.local', 'A')
    expect(answer).toMatchObject({ rcode: 'NOERROR', answers: [] })
    expect(answer.explanation).toContain('AAAA')
  })
})

describe('a single-stack IPv6 Service', () => {
  const v6 = (spec: Record<string, unknown>) => {
    const object = service({ name: 'ring', ports: [{ name: 'gossip', port: 7946 }] })
    Object.assign(object.spec as object, spec)
    return designOf(object, statefulSet({ serviceName: 'ring' }))
  }

  it('has no A record, for the Service or its pods: its endpoints are IPv6', () => {
    const design = v6({ ipFamilies: ['IPv6'] })
    for (const name of ['ring.default.svc.cluster.local', 'web-0.ring.default.svc.cluster.local']) {
      const answer = resolveDns(design, name, 'A')
      expect(answer).toMatchObject({ rcode: 'NOERROR', answers: [] })
      expect(answer.explanation).toMatch(/IPv6 only.*AAAA/)
    }
  })

  it('answers A queries when it is dual-stack or lists IPv4', () => {
    for (const spec of [
      // Two families need a dual-stack policy: left out, it is SingleStack and the API server refuses them.
      { ipFamilies: ['IPv6', 'IPv4'], ipFamilyPolicy: 'RequireDualStack' },
      { ipFamilies: ['IPv6'], ipFamilyPolicy: 'PreferDualStack' },
    ])
      expect(resolveDns(v6(spec), 'ring.default.svc.cluster.local', 'A').answers).toHaveLength(3)
  })
})
