import { describe, it, expect } from 'vitest'
import { deriveTopology, MAX_DERIVED_PODS, normalizeClusterDomain } from './deriveTopology'
import { scaleStatefulSet, setField } from '../model/edit'
import { lint } from '../lint/lint'
import { designOf, load, service, statefulSet } from '../testing/support'
import type { JsonObject, Topology, TopologyPod } from '../model/types'

function podsOf(topology: Topology, name: string): TopologyPod[] {
  const found = topology.statefulSets.find((set) => set.name === name)
  if (!found) throw new Error(`no StatefulSet ${name}`)
  return found.pods
}

function serviceOf(topology: Topology, name: string) {
  const found = topology.services.find((candidate) => candidate.name === name)
  if (!found) throw new Error(`no Service ${name}`)
  return found
}

describe('pods of a StatefulSet', () => {
  it('names pods <sts>-<ordinal> from 0 to replicas-1, with fqdn, claims and resolvable names', () => {
    const topology = deriveTopology(designOf(service(), statefulSet()))
    const pods = podsOf(topology, 'web')
    expect(pods.map((pod) => pod.name)).toEqual(['web-0', 'web-1', 'web-2'])
    expect(pods.map((pod) => pod.ordinal)).toEqual([0, 1, 2])
    expect(pods.map((pod) => pod.fqdn)).toEqual([
      'web-0.nginx.default.svc.cluster.local',
      'web-1.nginx.default.svc.cluster.local',
      'web-2.nginx.default.svc.cluster.local',
    ])
    expect(pods.map((pod) => pod.pvcs)).toEqual([['www-web-0'], ['www-web-1'], ['www-web-2']])
    expect(pods.every((pod) => pod.resolvable && pod.ready && !pod.blocked && pod.reason === '')).toBe(true)
  })

  it.each([
    { replicas: null, start: undefined, expected: ['web-0'] },
    { replicas: 0, start: undefined, expected: [] },
    { replicas: 2, start: 0, expected: ['web-0', 'web-1'] },
    { replicas: 3, start: 5, expected: ['web-5', 'web-6', 'web-7'] },
    { replicas: null, start: 10, expected: ['web-10'] },
  ])('replicas $replicas, ordinals.start $start -> $expected', ({ replicas, start, expected }) => {
    const design = designOf(
      service(),
      statefulSet({ replicas, ...(start === undefined ? {} : { ordinalsStart: start }) }),
    )
    const pods = podsOf(deriveTopology(design), 'web')
    expect(pods.map((pod) => pod.name)).toEqual(expected)
    expect(pods.map((pod) => pod.ordinal)).toEqual(expected.map((name) => Number(name.slice(4))))
    expect(pods.map((pod) => pod.pvcs[0])).toEqual(expected.map((name) => `www-${name}`))
  })

  it('gives pods the template labels plus the controller labels', () => {
    const design = designOf(
      service(),
      statefulSet({ labels: { app: 'nginx', tier: 'web' }, ordinalsStart: 2, replicas: 1 }),
    )
    const [pod] = podsOf(deriveTopology(design), 'web')
    expect(pod?.labels).toMatchObject({
      app: 'nginx',
      tier: 'web',
      'statefulset.kubernetes.io/pod-name': 'web-2',
      'apps.kubernetes.io/pod-index': '2',
    })
    expect(pod?.labels['controller-revision-hash']).toMatch(/^web-[a-z0-9]{10}$/)
  })

  it('lets the controller labels win over template labels of the same key', () => {
    const design = designOf(
      service({ selector: { app: 'nginx' } }),
      statefulSet({
        labels: { app: 'nginx', 'statefulset.kubernetes.io/pod-name': 'fake' },
        selector: { app: 'nginx' },
      }),
    )
    const pods = podsOf(deriveTopology(design), 'web')
    expect(pods.map((pod) => pod.labels['statefulset.kubernetes.io/pod-name'])).toEqual([
      'web-0',
      'web-1',
      'web-2',
    ])
  })

  it('has a null fqdn and no resolvable name without serviceName', () => {
    const pods = podsOf(deriveTopology(designOf(service(), statefulSet({ serviceName: null }))), 'web')
    expect(pods.map((pod) => pod.fqdn)).toEqual([null, null, null])
    expect(pods.every((pod) => !pod.resolvable && /no DNS subdomain/.test(pod.reason))).toBe(true)
  })

  it('uses the namespace and a custom cluster domain in fqdns', () => {
    const design = designOf(service({ namespace: 'db' }), statefulSet({ namespace: 'db', replicas: 1 }))
    expect(podsOf(deriveTopology(design, { clusterDomain: 'Corp.Example.' }), 'web')[0]?.fqdn).toBe(
      'web-0.nginx.db.svc.corp.example',
    )
    expect(serviceOf(deriveTopology(design, { clusterDomain: 'corp.example' }), 'nginx').fqdn).toBe(
      'nginx.db.svc.corp.example',
    )
  })

  it.each([
    ['no Service of that name', [statefulSet()], /No Service "nginx" in namespace "default"/],
    [
      'a Service of that name in another namespace',
      [service({ namespace: 'other' }), statefulSet()],
      /No Service "nginx"/,
    ],
    ['a ClusterIP Service of that name', [service({ clusterIP: null }), statefulSet()], /not headless/],
    [
      'a headless Service that selects other pods',
      [service({ selector: { app: 'db' } }), statefulSet()],
      /does not select/,
    ],
    [
      'a headless Service the API server rejects',
      [service({ ports: [{ port: 80 }, { port: 81 }] }), statefulSet()],
      /would be rejected/,
    ],
  ])('is not resolvable with %s', (_label, objects, reason) => {
    const pods = podsOf(deriveTopology(designOf(...objects)), 'web')
    expect(pods.every((pod) => !pod.resolvable)).toBe(true)
    expect(pods[0]?.reason).toMatch(reason)
  })

  it('is resolvable when not ready only if the Service publishes not-ready addresses', () => {
    const notReady = { notReady: ['web-1'] }
    const plain = deriveTopology(designOf(service(), statefulSet()), notReady)
    expect(podsOf(plain, 'web').map((pod) => [pod.ready, pod.resolvable])).toEqual([
      [true, true],
      [false, false],
      [true, true],
    ])
    const publishing = deriveTopology(
      designOf(service({ publishNotReadyAddresses: true }), statefulSet()),
      notReady,
    )
    expect(podsOf(publishing, 'web').map((pod) => [pod.ready, pod.resolvable])).toEqual([
      [true, true],
      [false, true],
      [true, true],
    ])
  })

  it('blocks every pod of a StatefulSet the cluster would reject, with the reason', () => {
    const cases = [
      statefulSet({ name: 'Web' }),
      statefulSet({ name: 'w'.repeat(53) }),
      statefulSet({ selector: { app: 'other' } }),
      statefulSet({ selector: null }),
      statefulSet({ serviceName: 'Nginx' }),
      statefulSet({ labels: { 'bad key!': 'x' }, selector: { 'bad key!': 'x' } }),
    ]
    for (const object of cases) {
      const pods = podsOf(
        deriveTopology(designOf(service(), object)),
        (object.metadata as { name: string }).name,
      )
      expect(pods.length).toBeGreaterThan(0)
      expect(pods.every((pod) => pod.blocked && !pod.ready && !pod.resolvable)).toBe(true)
      expect(pods[0]?.reason).toMatch(/^The cluster will not create this pod: /)
    }
  })

  it('blocks every pod when the cluster accepts the StatefulSet but refuses the pods or claims it creates', () => {
    const withPodSpec = (change: (podSpec: JsonObject, spec: JsonObject) => void) => {
      const object = statefulSet()
      const spec = object.spec as JsonObject
      change((spec.template as JsonObject).spec as JsonObject, spec)
      return object
    }
    const claimSpec = (spec: JsonObject) =>
      ((spec.volumeClaimTemplates as JsonObject[])[0] as JsonObject).spec as JsonObject
    const cases: [JsonObject, RegExp][] = [
      [
        withPodSpec(
          (pod) =>
            (((pod.containers as JsonObject[])[0] as JsonObject).volumeMounts = [
              { name: 'nope', mountPath: '/x' },
            ]),
        ),
        /mounts "nope"/,
      ],
      [withPodSpec((_pod, spec) => delete claimSpec(spec).accessModes), /no accessModes/],
      [withPodSpec((_pod, spec) => delete claimSpec(spec).resources), /requests no storage/],
      [withPodSpec((pod) => (pod.restartPolicy = 'OnFailure')), /restartPolicy "OnFailure"/],
      [statefulSet({ ports: [{ name: 'web', containerPort: 0 }] }), /containerPort of "main"/],
    ]
    for (const [object, reason] of cases) {
      const pods = podsOf(deriveTopology(designOf(service(), object)), 'web')
      expect(pods).toHaveLength(3)
      expect(pods.every((pod) => pod.blocked && !pod.resolvable)).toBe(true)
      expect(pods[0]?.reason).toMatch(reason)
    }
  })

  it('derives no pods from replicas that are not a whole number, without throwing', () => {
    for (const replicas of ['three', -1, 1.5, true, [3]]) {
      const topology = deriveTopology(designOf(service(), statefulSet({ replicas })))
      expect(podsOf(topology, 'web')).toEqual([])
    }
  })

  it('creates pods with hostnames of up to 63 characters', () => {
    const name = 'a'.repeat(52)
    const pods = podsOf(
      deriveTopology(designOf(service(), statefulSet({ name, ordinalsStart: 8, replicas: 3 }))),
      name,
    )
    expect(pods.map((pod) => [pod.name.length, pod.blocked])).toEqual([
      [54, false],
      [54, false],
      [55, false],
    ])
    const far = podsOf(
      deriveTopology(designOf(statefulSet({ name, ordinalsStart: 2147483646, replicas: 2 }))),
      name,
    )
    expect(far.map((pod) => [pod.name.length, pod.blocked])).toEqual([
      [63, false],
      [63, false],
    ])
  })

  it('rejects replicas or ordinals.start beyond int32, as the API server does', () => {
    expect(podsOf(deriveTopology(designOf(service(), statefulSet({ replicas: 2147483648 }))), 'web')).toEqual(
      [],
    )
    const pods = podsOf(
      deriveTopology(designOf(service(), statefulSet({ ordinalsStart: 99999999998, replicas: 2 }))),
      'web',
    )
    expect(pods).toHaveLength(2)
    expect(
      pods.every(
        (pod) =>
          pod.blocked &&
          /spec\.ordinals\.start is number 99999999998, but Kubernetes expects a whole number/.test(
            pod.reason,
          ),
      ),
    ).toBe(true)
  })

  it('makes no pod that could run when a field does not decode (a number as a label value): the object is rejected', () => {
    const topology = deriveTopology(
      designOf(service(), statefulSet({ labels: { app: 'nginx', version: 1 as unknown as string } })),
    )
    const pods = podsOf(topology, 'web')
    expect(pods.every((pod) => pod.blocked && !pod.ready && !pod.resolvable)).toBe(true)
    expect(pods[0]!.reason).toContain(
      'spec.selector.matchLabels.version is number 1, but Kubernetes expects text',
    )
  })

  it(`lists at most ${MAX_DERIVED_PODS} pods and counts the rest as omitted`, () => {
    const design = designOf(service(), statefulSet({ replicas: MAX_DERIVED_PODS + 7 }))
    const [set] = deriveTopology(design).statefulSets
    expect(set?.pods).toHaveLength(MAX_DERIVED_PODS)
    expect(set?.replicas).toBe(MAX_DERIVED_PODS + 7)
    expect(set?.omittedPods).toBe(7)
    expect(new Set(set?.pods.map((pod) => pod.ip)).size).toBe(MAX_DERIVED_PODS)
  })

  it('reports path, replicas and the pod management policy', () => {
    const design = designOf(service(), statefulSet({ container: {} }))
    const [set] = deriveTopology(design).statefulSets
    expect(set).toMatchObject({
      name: 'web',
      namespace: 'default',
      serviceName: 'nginx',
      path: '/1',
      replicas: 3,
    })
    expect(set?.podManagementPolicy).toBe('OrderedReady')
    const parallel = setField(design, '/1/spec/podManagementPolicy', 'Parallel')
    expect(deriveTopology(parallel).statefulSets[0]?.podManagementPolicy).toBe('Parallel')
  })
})

describe('pod addresses', () => {
  it('are deterministic and stay with a pod while the design changes around it', () => {
    const text = `${JSON.stringify(service())}\n---\n${JSON.stringify(statefulSet())}\n`
    const first = podsOf(deriveTopology(load(text)), 'web').map((pod) => pod.ip)
    const again = podsOf(deriveTopology(load(text)), 'web').map((pod) => pod.ip)
    expect(again).toEqual(first)
    const design = load(text)
    const scaled = podsOf(deriveTopology(scaleStatefulSet(design, 'web', 5)), 'web').map((pod) => pod.ip)
    expect(scaled.slice(0, 3)).toEqual(first)
    const withOther = designOf(
      service(),
      statefulSet({ name: 'other', labels: { app: 'other' } }),
      statefulSet(),
    )
    expect(podsOf(deriveTopology(withOther), 'web').map((pod) => pod.ip)).toEqual(first)
  })

  it('are distinct across StatefulSets and namespaces, inside 10.128.0.0/9', () => {
    const design = designOf(
      statefulSet({ name: 'a' }),
      statefulSet({ name: 'b' }),
      statefulSet({ name: 'a', namespace: 'other' }),
      statefulSet({ name: 'c', replicas: 50 }),
    )
    const ips = deriveTopology(design).statefulSets.flatMap((set) => set.pods.map((pod) => pod.ip))
    expect(new Set(ips).size).toBe(ips.length)
    for (const ip of ips) {
      const [a, b] = ip.split('.').map(Number)
      expect(a).toBe(10)
      expect(b).toBeGreaterThanOrEqual(128)
    }
  })
})

describe('Services in the topology', () => {
  it('describes a headless Service: fqdn, selected pods, SRV for named ports', () => {
    const topology = deriveTopology(designOf(service(), statefulSet()))
    expect(serviceOf(topology, 'nginx')).toEqual({
      name: 'nginx',
      namespace: 'default',
      fqdn: 'nginx.default.svc.cluster.local',
      headless: true,
      selectedPods: ['web-0', 'web-1', 'web-2'],
      srv: [
        {
          name: '_web._tcp.nginx.default.svc.cluster.local',
          port: 80,
          targets: [
            'web-0.nginx.default.svc.cluster.local',
            'web-1.nginx.default.svc.cluster.local',
            'web-2.nginx.default.svc.cluster.local',
          ],
        },
      ],
      path: '/0',
      valid: true,
      clusterIP: null,
      publishNotReadyAddresses: false,
      selector: { app: 'nginx' },
      unmodelledWorkloads: [],
    })
  })

  it('gives a ClusterIP Service one SRV target (itself) and a virtual IP, pinned when written', () => {
    const design = designOf(
      service({ name: 'web-client', clusterIP: null, ports: [{ name: 'http', port: 8080, targetPort: 80 }] }),
      service({ name: 'pinned', clusterIP: '10.96.0.42' }),
      statefulSet(),
    )
    const topology = deriveTopology(design)
    const client = serviceOf(topology, 'web-client')
    expect(client.headless).toBe(false)
    expect(client.clusterIP).toMatch(/^10\.(9[6-9]|10[0-9]|11[01])\.\d+\.\d+$/)
    expect(client.srv).toEqual([
      {
        name: '_http._tcp.web-client.default.svc.cluster.local',
        port: 8080,
        targets: ['web-client.default.svc.cluster.local'],
      },
    ])
    expect(serviceOf(topology, 'pinned').clusterIP).toBe('10.96.0.42')
  })

  it('makes SRV records for named ports only, with the protocol in lower case', () => {
    const design = designOf(
      service({
        ports: [
          { name: 'dns', port: 53, protocol: 'UDP' },
          { name: 'dns-tcp', port: 53, protocol: 'TCP' },
        ],
      }),
      statefulSet({
        ports: [
          { name: 'dns', containerPort: 53, protocol: 'UDP' },
          { name: 'dns-tcp', containerPort: 53 },
        ],
      }),
      service({ name: 'single', ports: [{ port: 80 }] }),
    )
    const topology = deriveTopology(design)
    expect(serviceOf(topology, 'nginx').srv.map((record) => record.name)).toEqual([
      '_dns._udp.nginx.default.svc.cluster.local',
      '_dns-tcp._tcp.nginx.default.svc.cluster.local',
    ])
    expect(serviceOf(topology, 'single').srv).toEqual([])
  })

  it('resolves a named targetPort through the pods; pods lacking it serve no SRV target', () => {
    const design = designOf(
      service({ ports: [{ name: 'web', port: 80, targetPort: 'http' }] }),
      statefulSet({ name: 'a', ports: [{ name: 'http', containerPort: 8080 }] }),
      statefulSet({ name: 'b', ports: [{ name: 'other', containerPort: 9090 }] }),
    )
    const nginx = serviceOf(deriveTopology(design), 'nginx')
    expect(nginx.selectedPods).toEqual(['a-0', 'a-1', 'a-2', 'b-0', 'b-1', 'b-2'])
    expect(nginx.srv).toEqual([
      {
        name: '_web._tcp.nginx.default.svc.cluster.local',
        port: 8080,
        targets: [
          'a-0.nginx.default.svc.cluster.local',
          'a-1.nginx.default.svc.cluster.local',
          'a-2.nginx.default.svc.cluster.local',
        ],
      },
    ])
  })

  it('lets several StatefulSets share one headless Service', () => {
    const design = designOf(
      service({ name: 'redis-headless', selector: { app: 'redis' } }),
      statefulSet({
        name: 'redis-master',
        serviceName: 'redis-headless',
        labels: { app: 'redis', role: 'master' },
        replicas: 1,
      }),
      statefulSet({
        name: 'redis-replicas',
        serviceName: 'redis-headless',
        labels: { app: 'redis', role: 'replica' },
        replicas: 2,
      }),
    )
    const topology = deriveTopology(design)
    expect(serviceOf(topology, 'redis-headless').selectedPods).toEqual([
      'redis-master-0',
      'redis-replicas-0',
      'redis-replicas-1',
    ])
    expect(topology.statefulSets.flatMap((set) => set.pods.map((pod) => [pod.fqdn, pod.resolvable]))).toEqual(
      [
        ['redis-master-0.redis-headless.default.svc.cluster.local', true],
        ['redis-replicas-0.redis-headless.default.svc.cluster.local', true],
        ['redis-replicas-1.redis-headless.default.svc.cluster.local', true],
      ],
    )
  })

  it('lets two Services select one StatefulSet; only the governing one names the pods', () => {
    const design = designOf(
      service({ name: 'zk-hs' }),
      service({ name: 'zk-cs', clusterIP: null, ports: [{ name: 'client', port: 2181 }] }),
      service({ name: 'zk-other' }),
      statefulSet({ name: 'zk', serviceName: 'zk-hs' }),
    )
    const topology = deriveTopology(design)
    for (const name of ['zk-hs', 'zk-cs', 'zk-other'])
      expect(serviceOf(topology, name).selectedPods).toEqual(['zk-0', 'zk-1', 'zk-2'])
    expect(serviceOf(topology, 'zk-hs').srv[0]?.targets[0]).toBe('zk-0.zk-hs.default.svc.cluster.local')
    // A headless Service that does not govern the pods names them by their dashed IP, as CoreDNS does.
    const ip = podsOf(topology, 'zk')[0]!.ip
    expect(serviceOf(topology, 'zk-other').srv[0]?.targets[0]).toBe(
      `${ip.replace(/\./g, '-')}.zk-other.default.svc.cluster.local`,
    )
    expect(podsOf(topology, 'zk').map((pod) => pod.fqdn)).toEqual([
      'zk-0.zk-hs.default.svc.cluster.local',
      'zk-1.zk-hs.default.svc.cluster.local',
      'zk-2.zk-hs.default.svc.cluster.local',
    ])
  })

  it('selects exactly one pod with a per-pod Service on statefulset.kubernetes.io/pod-name', () => {
    const design = designOf(
      service({ name: 'kafka-headless', selector: { app: 'kafka' } }),
      service({
        name: 'kafka-0-external',
        type: 'NodePort',
        clusterIP: null,
        selector: { app: 'kafka', 'statefulset.kubernetes.io/pod-name': 'kafka-0' },
        ports: [{ name: 'external', port: 9095 }],
      }),
      service({ name: 'kafka-index-2', clusterIP: null, selector: { 'apps.kubernetes.io/pod-index': '2' } }),
      statefulSet({ name: 'kafka', serviceName: 'kafka-headless', labels: { app: 'kafka' } }),
    )
    const topology = deriveTopology(design)
    expect(serviceOf(topology, 'kafka-0-external').selectedPods).toEqual(['kafka-0'])
    expect(serviceOf(topology, 'kafka-index-2').selectedPods).toEqual(['kafka-2'])
  })

  it('selects only pods of its own namespace', () => {
    const design = designOf(
      service({ namespace: 'a' }),
      statefulSet({ namespace: 'a' }),
      statefulSet({ namespace: 'b' }),
    )
    const topology = deriveTopology(design)
    expect(topology.services[0]?.selectedPods).toEqual(['web-0', 'web-1', 'web-2'])
    expect(topology.statefulSets.map((set) => set.pods.every((pod) => pod.resolvable))).toEqual([true, false])
  })

  it.each([
    ['an invalid name', service({ name: '1nginx' })],
    ['an upper-case name', service({ name: 'Nginx' })],
    ['several unnamed ports', service({ ports: [{ port: 80 }, { port: 443 }] })],
    ['a port out of range', service({ ports: [{ name: 'web', port: 70000 }] })],
    [
      'a duplicate port name',
      service({
        ports: [
          { name: 'web', port: 80 },
          { name: 'web', port: 81 },
        ],
      }),
    ],
    ['a protocol in lower case', service({ ports: [{ name: 'web', port: 80, protocol: 'tcp' }] })],
    ['a clusterIP that is no IP', service({ clusterIP: 'none' })],
    ['a headless NodePort', service({ type: 'NodePort' })],
  ])('keeps a Service with %s but lets it select nothing', (_label, object) => {
    const topology = deriveTopology(designOf(object, statefulSet()))
    const [rejected] = topology.services
    expect(rejected).toMatchObject({ valid: false, selectedPods: [], srv: [], clusterIP: null })
    expect(rejected?.path).toBe('/0')
  })

  it('treats a Service without selector (or with an empty one) as selecting nothing', () => {
    const topology = deriveTopology(
      designOf(service({ selector: null }), service({ name: 'empty', selector: {} }), statefulSet()),
    )
    expect(topology.services.map((candidate) => [candidate.selector, candidate.selectedPods])).toEqual([
      [null, []],
      [null, []],
    ])
  })

  it('reads a kind: List through to its items, in item order', () => {
    const design = load(
      JSON.stringify({
        apiVersion: 'v1',
        kind: 'List',
        items: [statefulSet(), service(), service({ name: 'second' })],
      }),
    )
    const topology = deriveTopology(design)
    expect(topology.statefulSets.map((set) => set.path)).toEqual(['/0/items/0'])
    expect(topology.services.map((candidate) => [candidate.name, candidate.path])).toEqual([
      ['nginx', '/0/items/1'],
      ['second', '/0/items/2'],
    ])
    expect(podsOf(topology, 'web').every((pod) => pod.resolvable)).toBe(true)
  })

  it('reads a typed list (StatefulSetList) as kubectl does: items without kind take it from the list', () => {
    const bare = (object: JsonObject): JsonObject => {
      const { apiVersion: _version, kind: _kind, ...rest } = object
      return rest
    }
    const design = load(
      JSON.stringify({ apiVersion: 'apps/v1', kind: 'StatefulSetList', items: [bare(statefulSet())] }) +
        '\n---\n' +
        JSON.stringify({ apiVersion: 'v1', kind: 'ServiceList', items: [bare(service())] }),
    )
    const topology = deriveTopology(design)
    expect(topology.statefulSets.map((set) => set.path)).toEqual(['/0/items/0'])
    expect(topology.services.map((candidate) => candidate.path)).toEqual(['/1/items/0'])
    expect(podsOf(topology, 'web').every((pod) => pod.resolvable)).toBe(true)
    expect(lint(design).filter((finding) => finding.severity === 'error')).toEqual([])
    // In a plain List an item without kind stays without one: the API server refuses it.
    const plain = load(JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [bare(statefulSet())] }))
    expect(lint(plain).map((finding) => finding.code)).toContain('MISSING_KIND')
  })

  it('ignores StatefulSets and Services under an unknown apiVersion', () => {
    const old = { ...statefulSet(), apiVersion: 'apps/v1beta1' }
    const topology = deriveTopology(designOf(service(), old))
    expect(topology.statefulSets).toEqual([])
  })
})

describe('normalizeClusterDomain', () => {
  it.each([
    [undefined, 'cluster.local'],
    ['', 'cluster.local'],
    ['  ', 'cluster.local'],
    ['.', 'cluster.local'],
    ['Cluster.Local.', 'cluster.local'],
    ['.corp.example.', 'corp.example'],
    ['k8s', 'k8s'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeClusterDomain(input)).toBe(expected)
  })
})
