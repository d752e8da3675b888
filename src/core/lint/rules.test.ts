import { describe, it, expect } from 'vitest'
import { describeRule } from './describeRule'
import { RULE_DOCS } from './ruleDocs'
import { IMPORT_RULES } from './importRules'
import { lint, ruleTitle } from './lint'
import { LINT_RULES } from './ruleTable'
import { applyQuickFix } from '../model/edit'
import { exportYaml } from '../yaml/exportYaml'
import { importYaml } from '../yaml/importYaml'
import { deriveTopology, MAX_DERIVED_PODS } from '../topology/deriveTopology'
import { resolveDns } from '../dns/resolveDns'
import { lineInDocument, load, service, statefulSet, withCode, yamlOf } from '../testing/support'
import type { Design, Finding, JsonObject, JsonValue } from '../model/types'

interface Case {
  design: Design
  text: string
}

function build(...objects: JsonValue[]): Case {
  const text = yamlOf(...objects)
  return { design: load(text), text }
}

/** The one finding of `code` at `path`, failing with the full list when there is not exactly one. */
function single(findings: readonly Finding[], code: string, path: string): Finding {
  const matching = findings.filter((finding) => finding.code === code && finding.path === path)
  if (matching.length !== 1) {
    throw new Error(
      `Expected one ${code} at ${path}, got:\n${findings.map((f) => `${f.code} ${f.severity} ${f.path}`).join('\n')}`,
    )
  }
  return matching[0]!
}

/**
 * Applies the finding's first quick fix and checks that the finding is gone, both in the fixed design and
 * after the fixed design went through export and import again (the fix must survive the YAML).
 */
function expectFixRemoves(design: Design, finding: Finding): Design {
  const fix = finding.fixes?.[0]
  expect(fix, `${finding.code} should offer a quick fix`).toBeDefined()
  const fixed = applyQuickFix(design, fix!)
  const still = (findings: Finding[]) =>
    findings.filter((candidate) => candidate.code === finding.code && candidate.path === finding.path)
  expect(still(lint(fixed))).toEqual([])
  const reread = importYaml(exportYaml(fixed))
  expect(reread.design).toBeDefined()
  expect(still(lint(reread.design!))).toEqual([])
  return fixed
}

/** A healthy design: headless nginx + StatefulSet web; no finding of the design rules at all. */
const healthy = () => build(service(), statefulSet())

describe('a healthy design', () => {
  it('has no findings', () => {
    expect(lint(healthy().design)).toEqual([])
  })
})

describe('every finding', () => {
  it('carries a JSON Pointer path starting with the document index, a line and a column', () => {
    const { design } = build(
      service({ name: 'Bad_Name', ports: [{ port: 80 }, { port: 81 }] }),
      statefulSet({ name: 'web', serviceName: 'missing', replicas: 0, image: 'nginx' }),
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } },
      'just text',
    )
    const findings = lint(design)
    expect(findings.length).toBeGreaterThan(5)
    for (const finding of findings) {
      expect(finding.path).toMatch(/^\/\d+(\/|$)/)
      expect(finding.line).toBeGreaterThanOrEqual(1)
      expect(finding.column).toBeGreaterThanOrEqual(1)
      expect(finding.message.length).toBeGreaterThan(20)
      expect(['error', 'warning', 'info']).toContain(finding.severity)
    }
  })
})

describe('finding positions', () => {
  it('follow the exported text after an edit moved lines', () => {
    const { design } = build(service({ selector: null }), statefulSet({ replicas: 0 }))
    const fix = single(lint(design), 'SERVICE_NO_SELECTOR', '/0/spec').fixes![0]!
    const fixed = applyQuickFix(design, fix)
    const text = exportYaml(fixed)
    expect(single(lint(fixed), 'REPLICAS_ZERO', '/1/spec/replicas').line).toBe(
      lineInDocument(text, 1, 'replicas: 0'),
    )
    expect(lineInDocument(text, 1, 'replicas: 0')).toBe(
      lineInDocument(exportYaml(design), 1, 'replicas: 0') + 2, // "selector:" and "app: nginx" were added
    )
  })

  it('point into List items', () => {
    const text = yamlOf({ apiVersion: 'v1', kind: 'List', items: [service(), statefulSet({ replicas: 0 })] })
    const finding = single(lint(load(text)), 'REPLICAS_ZERO', '/0/items/1/spec/replicas')
    expect(finding.line).toBe(lineInDocument(text, 0, 'replicas: 0'))
    expect(finding.column).toBe(text.split('\n')[finding.line! - 1]!.indexOf('replicas') + 1)
  })
})

describe('the rule table', () => {
  it('has unique codes, each described', () => {
    const codes = LINT_RULES.map((rule) => rule.code)
    expect(new Set(codes).size).toBe(codes.length)
    for (const code of codes) {
      const rule = describeRule(code)
      expect(rule?.title).toBeTruthy()
      expect(rule?.why).toBeTruthy()
      expect(rule?.docs).toMatch(/^https:\/\/kubernetes\.io\//)
      expect(ruleTitle(code)).toBe(rule?.title)
    }
    // The background table describes exactly the rules there are.
    expect(Object.keys(RULE_DOCS).sort()).toEqual([...codes].sort())
    expect(describeRule('NO_SUCH_RULE')).toBeUndefined()
    expect(ruleTitle('NO_SUCH_RULE')).toBeUndefined()
  })

  it("lists importYaml's rules in their own table, in the same order", () => {
    expect(IMPORT_RULES).toEqual(LINT_RULES.filter((rule) => rule.phase === 'import'))
  })

  it.each([
    ['SVC_SELECTOR_MISMATCH', 'error'],
    ['STS_SELECTOR_MISMATCH', 'error'],
    ['SERVICE_NAME_MISMATCH', 'error'],
    ['SERVICE_NOT_HEADLESS', 'error'],
    ['SERVICE_SPEC_INVALID', 'error'],
    ['SERVICE_NO_SELECTOR', 'warning'],
    ['PORT_UNNAMED', 'info'],
    ['TARGET_PORT_MISMATCH', 'error'],
    ['NAMESPACE_MISMATCH', 'error'],
    ['INVALID_NAME', 'error'],
    ['NAME_TOO_LONG', 'error'],
    ['REPLICAS_ZERO', 'info'],
    ['UNSUPPORTED_KIND', 'info'],
  ])('%s defaults to %s', (code, severity) => {
    expect(describeRule(code)?.severity).toBe(severity)
  })
})

describe('SVC_SELECTOR_MISMATCH', () => {
  it('fires when the governing Service selects other labels, at its selector', () => {
    const { design, text } = build(service({ selector: { app: 'ngnix' } }), statefulSet())
    const finding = single(lint(design), 'SVC_SELECTOR_MISMATCH', '/0/spec/selector')
    expect(finding.severity).toBe('error')
    expect(finding.line).toBe(lineInDocument(text, 0, 'selector:'))
    expectFixRemoves(design, finding)
  })

  it('fires for a Service that governs nothing but selects a near miss of a StatefulSet', () => {
    const { design } = build(
      service(),
      service({ name: 'web-client', clusterIP: null, selector: { app: 'nginx', tier: 'frontend' } }),
      statefulSet(),
    )
    const finding = single(lint(design), 'SVC_SELECTOR_MISMATCH', '/1/spec/selector')
    expect(finding.severity).toBe('error')
    expectFixRemoves(design, finding)
  })

  it('stays quiet for a subset selector, a per-pod selector and a selector unrelated to any StatefulSet', () => {
    const { design } = build(
      service({ selector: { app: 'nginx' } }),
      service({
        name: 'pod-0',
        clusterIP: null,
        selector: { 'statefulset.kubernetes.io/pod-name': 'web-0' },
      }),
      service({
        name: 'index-1',
        clusterIP: null,
        selector: { app: 'nginx', 'apps.kubernetes.io/pod-index': '1' },
      }),
      service({ name: 'elsewhere', clusterIP: null, selector: { team: 'payments' } }),
      statefulSet({ labels: { app: 'nginx', tier: 'web' } }),
    )
    expect(withCode(lint(design), 'SVC_SELECTOR_MISMATCH')).toEqual([])
  })

  /** A Deployment whose pods carry `labels`, as in a chart that ships a proxy beside its database. */
  const deployment = (name: string, labels: Record<string, string>, namespace?: string): JsonObject => ({
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, ...(namespace ? { namespace } : {}) },
    spec: {
      selector: { matchLabels: labels },
      template: { metadata: { labels }, spec: { containers: [{ name: 'proxy', image: 'haproxy:3.0' }] } },
    },
  })

  it('stays quiet for a Service in front of a Deployment, a CronJob or a bare Pod: the cluster selects their pods too', () => {
    const { design } = build(
      service(),
      service({ name: 'haproxy', clusterIP: null, selector: { app: 'redis-ha-haproxy' } }),
      service({ name: 'backup', selector: { app: 'backup' } }),
      service({ name: 'debug', selector: { app: 'debug' } }),
      statefulSet(),
      deployment('haproxy', { app: 'redis-ha-haproxy', release: 'argocd' }),
      {
        apiVersion: 'batch/v1',
        kind: 'CronJob',
        metadata: { name: 'backup' },
        spec: {
          schedule: '@daily',
          jobTemplate: { spec: { template: { metadata: { labels: { app: 'backup' } } } } },
        },
      },
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'debug', labels: { app: 'debug' } } },
    )
    expect(withCode(lint(design), 'SVC_SELECTOR_MISMATCH')).toEqual([])
  })

  it("fires for a near miss of a Deployment's labels, naming it, and its fix copies the Deployment's labels", () => {
    const { design } = build(
      service({ name: 'haproxy', clusterIP: null, selector: { app: 'redis-ha-haprxy' } }),
      deployment('haproxy', { app: 'redis-ha-haproxy' }),
    )
    const finding = single(lint(design), 'SVC_SELECTOR_MISMATCH', '/0/spec/selector')
    expect(finding.message).toContain('Deployment "haproxy" labels its pods app=redis-ha-haproxy')
    expectFixRemoves(design, finding)
  })

  it("looks for those pods in the Service's own namespace only", () => {
    const { design } = build(
      service({ name: 'haproxy', clusterIP: null, selector: { app: 'haproxy' } }),
      deployment('haproxy', { app: 'haproxy' }, 'other'),
      deployment('near', { app: 'haproxy-old' }),
    )
    single(lint(design), 'SVC_SELECTOR_MISMATCH', '/0/spec/selector')
  })
})

describe('fixes that need a second change to leave the cluster happy', () => {
  it('moving a v1beta1 StatefulSet without a selector to apps/v1 writes the selector apps/v1 requires', () => {
    const old = statefulSet({ selector: null })
    old.apiVersion = 'apps/v1beta1'
    const { design } = build(service(), old)
    const finding = single(lint(design), 'UNKNOWN_API_VERSION', '/1/apiVersion')
    expect(finding.fixes?.[0]?.title).toBe('Set apiVersion to apps/v1, with the selector it requires')
    expect(
      lint(applyQuickFix(design, finding.fixes![0]!)).filter((found) => found.severity === 'error'),
    ).toEqual([])
  })

  it('making a Service headless warns when it translates ports: clients then reach the pods directly', () => {
    const { design } = build(
      service({ clusterIP: null, ports: [{ name: 'http', port: 80, targetPort: 8080 }] }),
      statefulSet({ ports: [{ name: 'http', containerPort: 8080 }] }),
    )
    const finding = single(lint(design), 'SERVICE_NOT_HEADLESS', '/0/spec/clusterIP')
    expect(finding.message).toContain('clients then reach the pods on 8080 (not 80)')
    expect(finding.fixes?.[0]?.title).toMatch(/clients then use the pods' ports$/)
  })
})

describe('STS_SELECTOR_MISMATCH', () => {
  it('fires when spec.selector does not match the template labels', () => {
    const { design, text } = build(service(), statefulSet({ selector: { app: 'web' } }))
    const finding = single(lint(design), 'STS_SELECTOR_MISMATCH', '/1/spec/selector')
    expect(finding.severity).toBe('error')
    expect(finding.line).toBe(lineInDocument(text, 1, 'selector:'))
    expectFixRemoves(design, finding)
  })

  it('fires when spec.selector is missing (apps/v1 requires it)', () => {
    const { design } = build(service(), statefulSet({ selector: null }))
    const finding = single(lint(design), 'STS_SELECTOR_MISMATCH', '/1/spec/selector')
    expect(finding.message).toMatch(/no spec\.selector/)
    expectFixRemoves(design, finding)
  })

  it('offers to label the template when the template has no labels', () => {
    const object = statefulSet({ selector: { app: 'nginx' } })
    ;((object.spec as JsonObject).template as JsonObject).metadata = {}
    const { design } = build(service(), object)
    const finding = single(lint(design), 'STS_SELECTOR_MISMATCH', '/1/spec/selector')
    expect(finding.fixes?.[0]?.id).toBe('align-template-labels')
    expectFixRemoves(design, finding)
  })

  it('stays quiet for matchLabels that are a subset and for matching matchExpressions', () => {
    const subset = build(
      service(),
      statefulSet({ labels: { app: 'nginx', tier: 'web' }, selector: { app: 'nginx' } }),
    )
    expect(withCode(lint(subset.design), 'STS_SELECTOR_MISMATCH')).toEqual([])
    const object = statefulSet()
    ;(object.spec as JsonObject).selector = {
      matchExpressions: [
        { key: 'app', operator: 'In', values: ['nginx', 'web'] },
        { key: 'legacy', operator: 'DoesNotExist' },
      ],
    }
    expect(withCode(lint(build(service(), object).design), 'STS_SELECTOR_MISMATCH')).toEqual([])
  })
})

describe('SERVICE_NAME_MISMATCH', () => {
  it('is an error when serviceName names no Service, with a fix pointing at a fitting headless one', () => {
    const { design, text } = build(service(), statefulSet({ serviceName: 'ngnix' }))
    const finding = single(lint(design), 'SERVICE_NAME_MISMATCH', '/1/spec/serviceName')
    expect(finding.severity).toBe('error')
    expect(finding.line).toBe(lineInDocument(text, 1, 'serviceName:'))
    expect(finding.fixes?.[0]?.patch).toEqual([{ pointer: '/1/spec/serviceName', value: 'nginx' }])
    expectFixRemoves(design, finding)
  })

  it('is a warning when serviceName is empty or missing', () => {
    const missing = build(service(), statefulSet({ serviceName: null }))
    const finding = single(lint(missing.design), 'SERVICE_NAME_MISMATCH', '/1/spec/serviceName')
    expect(finding.severity).toBe('warning')
    expect(finding.line).toBe(lineInDocument(missing.text, 1, 'spec:'))
    expectFixRemoves(missing.design, finding)
    const empty = build(service(), statefulSet({ serviceName: '' }))
    expect(single(lint(empty.design), 'SERVICE_NAME_MISMATCH', '/1/spec/serviceName').severity).toBe(
      'warning',
    )
  })

  it('stays quiet when the Service exists, here or (for NAMESPACE_MISMATCH) in another namespace', () => {
    expect(withCode(lint(healthy().design), 'SERVICE_NAME_MISMATCH')).toEqual([])
    const other = build(service({ namespace: 'other' }), statefulSet())
    expect(withCode(lint(other.design), 'SERVICE_NAME_MISMATCH')).toEqual([])
  })
})

describe('SERVICE_NOT_HEADLESS', () => {
  it('fires when the governing Service has a cluster IP, at spec.clusterIP', () => {
    const { design, text } = build(service({ clusterIP: null }), statefulSet())
    const finding = single(lint(design), 'SERVICE_NOT_HEADLESS', '/0/spec/clusterIP')
    expect(finding.severity).toBe('error')
    expect(finding.line).toBe(lineInDocument(text, 0, 'spec:'))
    expectFixRemoves(design, finding)
  })

  it('offers a fix that also drops the NodePort type and clusterIPs', () => {
    const object = service({ clusterIP: '10.96.0.10', type: 'NodePort' })
    ;(object.spec as JsonObject).clusterIPs = ['10.96.0.10']
    const { design } = build(object, statefulSet())
    const finding = single(lint(design), 'SERVICE_NOT_HEADLESS', '/0/spec/clusterIP')
    const fixed = expectFixRemoves(design, finding)
    expect(fixed.documents[0]?.value).toMatchObject({ spec: { clusterIP: 'None' } })
    expect(JSON.stringify(fixed.documents[0]?.value)).not.toMatch(/NodePort|clusterIPs/)
  })

  it('turns a LoadBalancer Service headless without the fields the API server would then refuse', () => {
    const object = service({
      clusterIP: null,
      type: 'LoadBalancer',
      ports: [{ name: 'web', port: 80, nodePort: 30080 }],
    })
    Object.assign(object.spec as JsonObject, {
      externalTrafficPolicy: 'Local',
      healthCheckNodePort: 31000,
      loadBalancerIP: '203.0.113.10',
      loadBalancerSourceRanges: ['10.0.0.0/8'],
      allocateLoadBalancerNodePorts: true,
    })
    const { design } = build(object, statefulSet())
    expect(withCode(lint(design), 'SERVICE_SPEC_INVALID')).toEqual([])
    const finding = single(lint(design), 'SERVICE_NOT_HEADLESS', '/0/spec/clusterIP')
    expect(finding.message).toMatch(/no longer a LoadBalancer Service/)
    expect(finding.fixes?.[0]?.title).toMatch(/stops being a LoadBalancer Service/)
    const fixed = expectFixRemoves(design, finding)
    expect(lint(fixed)).toEqual([])
    expect(JSON.stringify(fixed.documents[0]?.value)).not.toMatch(
      /nodePort|externalTrafficPolicy|healthCheckNodePort|loadBalancer|LoadBalancer/,
    )
  })

  it('stays quiet for a headless governing Service and for a ClusterIP Service that governs nothing', () => {
    const { design } = build(service(), service({ name: 'client', clusterIP: null }), statefulSet())
    expect(withCode(lint(design), 'SERVICE_NOT_HEADLESS')).toEqual([])
  })
})

describe('SERVICE_NO_SELECTOR', () => {
  it('warns about a headless Service without selector, with a fix when it governs a StatefulSet', () => {
    const { design, text } = build(service({ selector: null }), statefulSet())
    const finding = single(lint(design), 'SERVICE_NO_SELECTOR', '/0/spec')
    expect(finding.severity).toBe('warning')
    expect(finding.line).toBe(lineInDocument(text, 0, 'spec:'))
    expectFixRemoves(design, finding)
  })

  it('stays quiet for a ClusterIP Service without selector and for headless Services with one', () => {
    const { design } = build(
      service(),
      service({ name: 'external', clusterIP: null, selector: null }),
      statefulSet(),
    )
    expect(withCode(lint(design), 'SERVICE_NO_SELECTOR')).toEqual([])
  })
})

describe('PORT_UNNAMED', () => {
  it('is info for a single unnamed port, with a name suggested from the container port', () => {
    const { design, text } = build(service({ ports: [{ port: 80 }] }), statefulSet())
    const finding = single(lint(design), 'PORT_UNNAMED', '/0/spec/ports/0')
    expect(finding.severity).toBe('info')
    expect(finding.line).toBe(lineInDocument(text, 0, 'port: 80'))
    expect(finding.fixes?.[0]?.patch).toEqual([{ pointer: '/0/spec/ports/0/name', value: 'web' }])
    expectFixRemoves(design, finding)
  })

  it('is an error on each unnamed port when there are several', () => {
    const { design } = build(
      service({ ports: [{ port: 80 }, { name: 'metrics', port: 9113 }, { port: 443 }] }),
      statefulSet(),
    )
    const findings = withCode(lint(design), 'PORT_UNNAMED')
    expect(findings.map((finding) => [finding.path, finding.severity])).toEqual([
      ['/0/spec/ports/0', 'error'],
      ['/0/spec/ports/2', 'error'],
    ])
    expectFixRemoves(design, findings[1]!)
  })

  it('stays quiet when every port is named', () => {
    expect(withCode(lint(healthy().design), 'PORT_UNNAMED')).toEqual([])
  })
})

describe('TARGET_PORT_MISMATCH', () => {
  it('fires for a named targetPort no selected pod declares, at the targetPort', () => {
    const { design, text } = build(
      service({ ports: [{ name: 'web', port: 80, targetPort: 'http' }] }),
      statefulSet(),
    )
    const finding = single(lint(design), 'TARGET_PORT_MISMATCH', '/0/spec/ports/0/targetPort')
    expect(finding.severity).toBe('error')
    expect(finding.line).toBe(lineInDocument(text, 0, 'targetPort:'))
    expect(finding.fixes?.[0]?.patch).toEqual([{ pointer: '/0/spec/ports/0/targetPort', value: 'web' }])
    expectFixRemoves(design, finding)
  })

  it('fires when only the protocol differs', () => {
    const { design } = build(
      service({ ports: [{ name: 'dns', port: 53, targetPort: 'dns', protocol: 'UDP' }] }),
      statefulSet({ ports: [{ name: 'dns', containerPort: 53 }] }),
    )
    expect(single(lint(design), 'TARGET_PORT_MISMATCH', '/0/spec/ports/0/targetPort').severity).toBe('error')
  })

  it('stays quiet for a declared name, a number, and a Service that selects nothing', () => {
    const { design } = build(
      service({
        ports: [
          { name: 'web', port: 80, targetPort: 'web' },
          { name: 'alt', port: 81, targetPort: 80 },
        ],
      }),
      service({
        name: 'idle',
        selector: { app: 'none' },
        ports: [{ name: 'web', port: 80, targetPort: 'nope' }],
      }),
      statefulSet(),
    )
    expect(withCode(lint(design), 'TARGET_PORT_MISMATCH')).toEqual([])
  })
})

/** A StatefulSet whose pod has a sidecar (an init container with restartPolicy: Always) or a plain init container. */
function withInitContainer(restartPolicy: 'Always' | null, ports: JsonObject[]): JsonObject {
  const object = statefulSet()
  const podSpec = ((object.spec as JsonObject).template as JsonObject).spec as JsonObject
  podSpec.initContainers = [
    {
      name: 'exporter',
      image: 'prom/statsd-exporter:v0.27.0',
      ...(restartPolicy ? { restartPolicy } : {}),
      ports,
    },
  ]
  return object
}

describe('named ports of sidecar containers', () => {
  const metricsService = () =>
    service({
      ports: [
        { name: 'web', port: 80 },
        { name: 'metrics', port: 9102, targetPort: 'metrics' },
      ],
    })

  it('a named targetPort found in a sidecar matches, and SRV records and ports use it', () => {
    const { design } = build(
      metricsService(),
      withInitContainer('Always', [{ name: 'metrics', containerPort: 9102 }]),
    )
    expect(withCode(lint(design), 'TARGET_PORT_MISMATCH')).toEqual([])
    const srv = resolveDns(design, '_metrics._tcp.nginx.default.svc.cluster.local', 'SRV')
    expect(srv.rcode).toBe('NOERROR')
    expect(srv.answers).toHaveLength(3)
    expect(srv.answers[0]?.data).toMatch(/ 9102 web-0\.nginx\.default\.svc\.cluster\.local$/)
  })

  it('an init container that runs to completion does not serve the port', () => {
    const { design } = build(
      metricsService(),
      withInitContainer(null, [{ name: 'metrics', containerPort: 9102 }]),
    )
    single(lint(design), 'TARGET_PORT_MISMATCH', '/0/spec/ports/1/targetPort')
  })
})

describe('SERVICE_SPEC_INVALID', () => {
  it('type: Headless is not a Service type; the fix makes it a ClusterIP Service, still headless', () => {
    const { design } = build(service({ type: 'Headless' }), statefulSet())
    const finding = single(lint(design), 'SERVICE_SPEC_INVALID', '/0/spec/type')
    expect(finding.severity).toBe('error')
    expect(finding.message).toMatch(/"Headless" is not ClusterIP, NodePort, LoadBalancer or ExternalName/)
    const fixed = expectFixRemoves(design, finding)
    expect(lint(fixed)).toEqual([])
  })

  it('accepts an IPv6 cluster IP, as dual-stack and IPv6 clusters assign, and refuses what is no address', () => {
    const v6 = service({ name: 'v6', clusterIP: '2001:db8:fd00::5118' })
    ;(v6.spec as JsonObject).clusterIPs = ['2001:db8:fd00::5118']
    ;(v6.spec as JsonObject).ipFamilies = ['IPv6']
    const { design } = build(
      service(),
      v6,
      service({ name: 'typo', clusterIP: '10.96.0.300' }),
      statefulSet(),
    )
    expect(withCode(lint(design), 'SERVICE_SPEC_INVALID').map((finding) => finding.path)).toEqual([
      '/2/spec/clusterIP',
    ])
  })

  it('a NodePort Service cannot be headless', () => {
    const { design } = build(service({ type: 'NodePort' }), statefulSet())
    expectFixRemoves(design, single(lint(design), 'SERVICE_SPEC_INVALID', '/0/spec/type'))
  })

  it('clusterIPs without clusterIP, or disagreeing with it, is refused', () => {
    const onlyPlural = service({ clusterIP: null })
    ;(onlyPlural.spec as JsonObject).clusterIPs = ['None']
    const { design } = build(onlyPlural, statefulSet())
    const finding = single(lint(design), 'SERVICE_SPEC_INVALID', '/0/spec/clusterIPs')
    expect(finding.fixes?.[0]?.patch).toEqual([{ pointer: '/0/spec/clusterIP', value: 'None' }])
    expect(lint(expectFixRemoves(design, finding))).toEqual([])

    const disagreeing = service()
    ;(disagreeing.spec as JsonObject).clusterIPs = ['10.96.0.10']
    const second = build(disagreeing, statefulSet())
    expectFixRemoves(second.design, single(lint(second.design), 'SERVICE_SPEC_INVALID', '/0/spec/clusterIPs'))
  })

  it('stays quiet for clusterIPs that repeat clusterIP, and leaves names and port names to their own rules', () => {
    const agreeing = service()
    ;(agreeing.spec as JsonObject).clusterIPs = ['None']
    expect(lint(build(agreeing, statefulSet()).design)).toEqual([])
    const badNames = build(service({ name: 'Nginx', ports: [{ name: 'Web_Port', port: 80 }] }), statefulSet())
    expect(withCode(lint(badNames.design), 'SERVICE_SPEC_INVALID')).toEqual([])
    expect(withCode(lint(badNames.design), 'INVALID_NAME')).toHaveLength(2)
  })

  it.each([
    [
      'externalTrafficPolicy on a headless Service',
      { externalTrafficPolicy: 'Local' },
      'externalTrafficPolicy',
    ],
    [
      'loadBalancerSourceRanges on a ClusterIP Service',
      { loadBalancerSourceRanges: ['10.0.0.0/8'] },
      'loadBalancerSourceRanges',
    ],
    [
      'allocateLoadBalancerNodePorts without LoadBalancer',
      { allocateLoadBalancerNodePorts: false },
      'allocateLoadBalancerNodePorts',
    ],
    ['loadBalancerClass without LoadBalancer', { loadBalancerClass: 'example.com/lb' }, 'loadBalancerClass'],
    [
      'healthCheckNodePort without LoadBalancer and Local',
      { healthCheckNodePort: 31000 },
      'healthCheckNodePort',
    ],
  ])('%s is refused, with a fix that removes it', (_name, fields, field) => {
    const object = service()
    Object.assign(object.spec as JsonObject, fields)
    const { design } = build(object, statefulSet())
    const finding = single(lint(design), 'SERVICE_SPEC_INVALID', `/0/spec/${field}`)
    expect(lint(expectFixRemoves(design, finding))).toEqual([])
    expect(deriveTopology(design).services[0]!.selectedPods).toEqual([])
  })

  it('a nodePort on a ClusterIP Service is refused; NodePort and LoadBalancer Services keep theirs', () => {
    const clusterIp = service({
      name: 'client',
      clusterIP: null,
      ports: [{ name: 'web', port: 80, nodePort: 30080 }],
    })
    const nodePort = service({
      name: 'edge',
      clusterIP: null,
      type: 'NodePort',
      ports: [{ name: 'web', port: 80, nodePort: 30081 }],
    })
    Object.assign(nodePort.spec as JsonObject, { externalTrafficPolicy: 'Local' })
    const { design } = build(service(), clusterIp, nodePort, statefulSet())
    expect(withCode(lint(design), 'SERVICE_SPEC_INVALID').map((finding) => finding.path)).toEqual([
      '/1/spec/ports/0/nodePort',
    ])
  })

  it('a port out of range or a bad protocol, at the port', () => {
    const { design } = build(
      service({ ports: [{ name: 'web', port: 70000, targetPort: 80, protocol: 'HTTP' }] }),
      statefulSet(),
    )
    single(lint(design), 'SERVICE_SPEC_INVALID', '/0/spec/ports/0/port')
    single(lint(design), 'SERVICE_SPEC_INVALID', '/0/spec/ports/0/protocol')
  })
})

describe('STATEFULSET_SPEC_INVALID', () => {
  const withSpec = (change: (spec: JsonObject) => void) => {
    const object = statefulSet()
    change(object.spec as JsonObject)
    return build(service(), object).design
  }

  it.each([
    [
      'a misspelt podManagementPolicy, fixed by its right case',
      (spec: JsonObject) => (spec.podManagementPolicy = 'parallel'),
      '/1/spec/podManagementPolicy',
    ],
    [
      'an unknown updateStrategy type',
      (spec: JsonObject) => (spec.updateStrategy = { type: 'Rolling' }),
      '/1/spec/updateStrategy/type',
    ],
    [
      'rollingUpdate with OnDelete',
      (spec: JsonObject) => (spec.updateStrategy = { type: 'OnDelete', rollingUpdate: { partition: 1 } }),
      '/1/spec/updateStrategy/rollingUpdate',
    ],
    ['negative replicas', (spec: JsonObject) => (spec.replicas = -1), '/1/spec/replicas'],
    [
      'an unknown retention policy',
      (spec: JsonObject) => (spec.persistentVolumeClaimRetentionPolicy = { whenScaled: 'Keep' }),
      '/1/spec/persistentVolumeClaimRetentionPolicy/whenScaled',
    ],
    [
      'a claim template without accessModes',
      (spec: JsonObject) =>
        delete ((spec.volumeClaimTemplates as JsonObject[])[0]!.spec as JsonObject).accessModes,
      '/1/spec/volumeClaimTemplates/0/spec',
    ],
  ])('%s', (_name, change, path) => {
    const design = withSpec(change)
    const finding = single(lint(design), 'STATEFULSET_SPEC_INVALID', path)
    expect(finding.severity).toBe('error')
    if (path !== '/1/spec/replicas') expectFixRemoves(design, finding)
  })

  it.each([
    [
      'a lower-case operator',
      { key: 'app', operator: 'in', values: ['nginx'] },
      'operator',
      /not a valid selector operator/,
    ],
    [
      'values with Exists',
      { key: 'app', operator: 'Exists', values: ['nginx'] },
      'values',
      /may not be specified/,
    ],
    ['In without values', { key: 'app', operator: 'In', values: [] }, 'values', /no values/],
    ['an invalid key', { key: 'app name', operator: 'Exists' }, 'key', /invalid key/],
  ])(
    'a selector requirement with %s: the StatefulSet is rejected, not mismatched',
    (_name, requirement, field, words) => {
      const design = withSpec((spec) => (spec.selector = { matchExpressions: [requirement] }))
      const findings = lint(design)
      const finding = single(
        findings,
        'STATEFULSET_SPEC_INVALID',
        `/1/spec/selector/matchExpressions/0/${field}`,
      )
      expect(finding.message).toMatch(words)
      expect(finding.message).toMatch(/will reject the StatefulSet/)
      expect(withCode(findings, 'STS_SELECTOR_MISMATCH')).toEqual([])
      expect(deriveTopology(design).statefulSets[0]!.pods.every((pod) => pod.blocked)).toBe(true)
    },
  )

  it.each([0, -1, '0%', '150%', '1', ' 50%'])(
    'maxUnavailable %j: refused (Kubernetes 1.35 on), fixed by one pod at a time',
    (value) => {
      const design = withSpec(
        (spec) => (spec.updateStrategy = { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: value } }),
      )
      const finding = single(
        lint(design),
        'STATEFULSET_SPEC_INVALID',
        '/1/spec/updateStrategy/rollingUpdate/maxUnavailable',
      )
      expect(finding.message).toMatch(/1\.35/)
      expect(deriveTopology(design).statefulSets[0]!.pods.every((pod) => pod.blocked)).toBe(true)
      expectFixRemoves(design, finding)
    },
  )

  it.each([1, 3, '1%', '50%', '100%'])('maxUnavailable %j is accepted, also without a type', (value) => {
    const strategies: JsonObject[] = [
      { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: value } },
      { rollingUpdate: { maxUnavailable: value } },
    ]
    for (const updateStrategy of strategies) {
      const design = withSpec((spec) => (spec.updateStrategy = updateStrategy))
      expect(lint(design).filter((finding) => finding.severity === 'error')).toEqual([])
    }
  })

  it('a maxUnavailable of the wrong type is a decoding misfit, reported once', () => {
    const design = withSpec((spec) => (spec.updateStrategy = { rollingUpdate: { maxUnavailable: true } }))
    const findings = lint(design).filter((finding) => finding.severity === 'error')
    expect(findings.map((finding) => finding.code)).toEqual(['INVALID_FIELD_TYPE'])
    expect(findings[0]!.message).toMatch(/percentage/)
  })

  it('a valid set-based selector that selects the template raises nothing', () => {
    const design = withSpec(
      (spec) =>
        (spec.selector = { matchExpressions: [{ key: 'app', operator: 'In', values: ['nginx', 'web'] }] }),
    )
    expect(lint(design).filter((finding) => finding.severity === 'error')).toEqual([])
  })

  it.each([
    ['dnsPolicy None without nameservers', { dnsPolicy: 'None' }, 'dnsPolicy', /at least one DNS nameserver/],
    ['an unknown dnsPolicy', { dnsPolicy: 'ClusterFirstWithHostnet' }, 'dnsPolicy', /is not one of/],
    [
      'four nameservers',
      { dnsPolicy: 'None', dnsConfig: { nameservers: ['1.1.1.1', '8.8.8.8', '9.9.9.9', '1.0.0.1'] } },
      'dnsConfig/nameservers',
      /at most 3/,
    ],
  ])('%s: every pod is refused', (_name, podFields, field, words) => {
    const design = withSpec((spec) =>
      Object.assign((spec.template as JsonObject).spec as JsonObject, podFields),
    )
    const finding = single(lint(design), 'STATEFULSET_SPEC_INVALID', `/1/spec/template/spec/${field}`)
    expect(finding.message).toMatch(words)
    expect(finding.message).toMatch(/refuses every pod/)
    expect(deriveTopology(design).statefulSets[0]!.pods.every((pod) => pod.blocked)).toBe(true)
  })

  it('an init container mounting no volume, or a block device naming none, refuses every pod', () => {
    const design = withSpec((spec) => {
      const podSpec = (spec.template as JsonObject).spec as JsonObject
      podSpec.initContainers = [
        { name: 'init-perms', image: 'busybox:1.36', volumeMounts: [{ name: 'dataa', mountPath: '/d' }] },
        { name: 'init-ok', image: 'busybox:1.36', volumeMounts: [{ name: 'www', mountPath: '/w' }] },
      ]
      ;(podSpec.containers as JsonObject[])[0]!.volumeDevices = [{ name: 'raw', devicePath: '/dev/xvda' }]
    })
    const findings = withCode(lint(design), 'STATEFULSET_SPEC_INVALID')
    expect(findings.map((finding) => finding.path)).toEqual([
      '/1/spec/template/spec/initContainers/0/volumeMounts/0/name',
      '/1/spec/template/spec/containers/0/volumeDevices/0/name',
    ])
    expect(findings[0]!.message).toMatch(/init container "init-perms" mounts "dataa"/)
    expect(deriveTopology(design).statefulSets[0]!.pods.every((pod) => pod.blocked)).toBe(true)
  })

  it('a value of the wrong type in an init container rejects the StatefulSet, as in a container', () => {
    const design = withSpec((spec) => {
      const podSpec = (spec.template as JsonObject).spec as JsonObject
      podSpec.initContainers = [
        { name: 'init', image: 'busybox:1.36', env: [{ name: 'DEBUG', value: true }] },
      ]
    })
    single(lint(design), 'INVALID_FIELD_TYPE', '/1/spec/template/spec/initContainers/0/env/0/value')
  })

  it('dnsPolicy None with a nameserver is fine', () => {
    const design = withSpec((spec) =>
      Object.assign((spec.template as JsonObject).spec as JsonObject, {
        dnsPolicy: 'None',
        dnsConfig: { nameservers: ['10.96.0.10'], searches: ['default.svc.cluster.local'] },
      }),
    )
    expect(withCode(lint(design), 'STATEFULSET_SPEC_INVALID')).toEqual([])
  })

  it('says when the claims, not the StatefulSet, are refused', () => {
    const design = withSpec(
      (spec) => delete ((spec.volumeClaimTemplates as JsonObject[])[0]!.spec as JsonObject).resources,
    )
    const finding = single(lint(design), 'STATEFULSET_SPEC_INVALID', '/1/spec/volumeClaimTemplates/0/spec')
    expect(finding.message).toMatch(
      /accepts the StatefulSet but refuses each claim made from this template, and the controller creates no pod/,
    )
    expect(lint(expectFixRemoves(design, finding))).toEqual([])
  })

  it('a container named like an init container: one pod, one namespace of container names', () => {
    const design = withSpec((spec) => {
      const podSpec = (spec.template as JsonObject).spec as JsonObject
      podSpec.initContainers = [{ name: 'main', image: 'busybox:1.36', command: ['true'] }]
    })
    const finding = single(
      lint(design),
      'STATEFULSET_SPEC_INVALID',
      '/1/spec/template/spec/containers/0/name',
    )
    expect(finding.message).toContain('"main" is used twice (init containers included)')
    expect(deriveTopology(design).statefulSets[0]!.pods.every((pod) => pod.blocked)).toBe(true)
  })

  it('setHostnameAsFQDN with a DNS name over 64 characters: the kubelet cannot start the pods', () => {
    const long = (namespace: string) => {
      const object = statefulSet({ name: 'cassandra', serviceName: 'cassandra', namespace })
      ;((object.spec as JsonObject).template as JsonObject).spec = {
        ...(((object.spec as JsonObject).template as JsonObject).spec as JsonObject),
        setHostnameAsFQDN: true,
      }
      return build(service({ name: 'cassandra', namespace }), object).design
    }
    // cassandra-2.cassandra.production-analytics-cluster.svc.cluster.local: 68 characters.
    const design = long('production-analytics-cluster')
    const finding = single(
      lint(design),
      'STATEFULSET_SPEC_INVALID',
      '/1/spec/template/spec/setHostnameAsFQDN',
    )
    expect(finding.message).toContain('68 characters')
    const pods = deriveTopology(design).statefulSets[0]!.pods
    expect(
      pods.every((pod) => pod.blocked && pod.reason.startsWith('The kubelet cannot start this pod')),
    ).toBe(true)
    expect(lint(expectFixRemoves(design, finding))).toEqual([])
    expect(withCode(lint(long('shop')), 'STATEFULSET_SPEC_INVALID')).toEqual([])
  })

  it('the right case of podManagementPolicy is what the fix writes', () => {
    const design = withSpec((spec) => (spec.podManagementPolicy = 'parallel'))
    const finding = single(lint(design), 'STATEFULSET_SPEC_INVALID', '/1/spec/podManagementPolicy')
    expect(finding.fixes?.[0]?.patch).toEqual([{ pointer: '/1/spec/podManagementPolicy', value: 'Parallel' }])
  })

  it('leaves what other rules explain to them, and is quiet on a healthy design', () => {
    expect(withCode(lint(healthy().design), 'STATEFULSET_SPEC_INVALID')).toEqual([])
    const other = build(service(), statefulSet({ name: 'Web', replicas: 'three', selector: { app: 'x' } }))
    expect(withCode(lint(other.design), 'STATEFULSET_SPEC_INVALID')).toEqual([])
  })
})

describe('NAMESPACE_MISMATCH', () => {
  it('fires when the governing Service lives in another namespace, at serviceName', () => {
    const { design, text } = build(service({ namespace: 'db' }), statefulSet({ namespace: 'web' }))
    const finding = single(lint(design), 'NAMESPACE_MISMATCH', '/1/spec/serviceName')
    expect(finding.severity).toBe('error')
    expect(finding.line).toBe(lineInDocument(text, 1, 'serviceName:'))
    expect(finding.fixes?.[0]?.patch).toEqual([{ pointer: '/1/metadata/namespace', value: 'db' }])
    expectFixRemoves(design, finding)
  })

  it('treats a missing namespace as "default"', () => {
    const { design } = build(service({ namespace: 'default' }), statefulSet())
    expect(withCode(lint(design), 'NAMESPACE_MISMATCH')).toEqual([])
    const other = build(service(), statefulSet({ namespace: 'prod' }))
    expect(single(lint(other.design), 'NAMESPACE_MISMATCH', '/1/spec/serviceName').severity).toBe('error')
  })
})

describe('INVALID_NAME', () => {
  it.each([
    ['a StatefulSet name with capitals', [service(), statefulSet({ name: 'Web' })], '/1/metadata/name'],
    [
      'a Service name starting with a digit',
      [service({ name: '1nginx' }), statefulSet({ serviceName: '1nginx' })],
      '/0/metadata/name',
    ],
    [
      'a namespace with an underscore',
      [service({ namespace: 'my_ns' }), statefulSet({ namespace: 'my_ns' })],
      '/0/metadata/namespace',
    ],
    [
      'a serviceName with a dot',
      [service(), statefulSet({ serviceName: 'nginx.default' })],
      '/1/spec/serviceName',
    ],
    [
      'a container port name longer than 15',
      [service(), statefulSet({ ports: [{ name: 'http-web-frontend', containerPort: 80 }] })],
      '/1/spec/template/spec/containers/0/ports/0/name',
    ],
    [
      'a Service port name with capitals',
      [service({ ports: [{ name: 'Web', port: 80 }] }), statefulSet()],
      '/0/spec/ports/0/name',
    ],
    [
      'a claim template name with an underscore',
      [service(), statefulSet({ claims: ['my_data'] })],
      '/1/spec/volumeClaimTemplates/0/metadata/name',
    ],
  ])('fires for %s', (_label, objects, path) => {
    const { design } = build(...objects)
    expect(single(lint(design), 'INVALID_NAME', path).severity).toBe('error')
  })

  it('stays quiet for valid names, including a Service name that is a valid label', () => {
    const { design } = build(
      service({ name: 'my-release-postgresql-hl', namespace: 'db-1' }),
      statefulSet({
        name: '0db',
        namespace: 'db-1',
        serviceName: 'my-release-postgresql-hl',
        claims: ['data-v1'],
      }),
    )
    expect(withCode(lint(design), 'INVALID_NAME')).toEqual([])
  })

  it('fires for a claim template name with a dot: it also names a volume of each pod, which must be a DNS label', () => {
    const { design } = build(service(), statefulSet({ claims: ['data.v1'] }))
    const finding = single(lint(design), 'INVALID_NAME', '/1/spec/volumeClaimTemplates/0/metadata/name')
    expect(finding.message).toContain('refuses every pod created from it')
    const pods = deriveTopology(design).statefulSets[0]!.pods
    expect(
      pods.every((pod) => pod.blocked && pod.reason.includes('"data.v1" is not a valid volume name')),
    ).toBe(true)
  })
  it('says an invalid serviceName passes the API server but fails every pod (it becomes their subdomain)', () => {
    const { design } = build(service(), statefulSet({ serviceName: 'nginx.default.svc.cluster.local' }))
    const finding = single(lint(design), 'INVALID_NAME', '/1/spec/serviceName')
    expect(finding.message).toContain('accepts the StatefulSet but refuses every pod')
    expect(finding.message).not.toContain('will reject it')
    const pods = deriveTopology(design).statefulSets[0]!.pods
    expect(pods.every((pod) => pod.blocked && pod.reason.includes('spec.serviceName'))).toBe(true)
  })
})

describe('NAME_TOO_LONG', () => {
  it('fires for a StatefulSet name past 52 characters', () => {
    const name = 'a'.repeat(53)
    const { design, text } = build(service(), statefulSet({ name }))
    const finding = single(lint(design), 'NAME_TOO_LONG', '/1/metadata/name')
    expect(finding.severity).toBe('error')
    expect(finding.line).toBe(lineInDocument(text, 1, `name: ${name}`))
  })

  it('stays quiet at 52 characters, even with the largest ordinal int32 allows (a 63-character hostname)', () => {
    expect(
      withCode(lint(build(service(), statefulSet({ name: 'c'.repeat(52) })).design), 'NAME_TOO_LONG'),
    ).toEqual([])
    const far = build(
      service(),
      statefulSet({ name: 'd'.repeat(52), ordinalsStart: 2147483646, replicas: 2 }),
    )
    expect(withCode(lint(far.design), 'NAME_TOO_LONG')).toEqual([])
  })

  it('leaves an ordinal beyond int32 to INVALID_FIELD_TYPE (the API server cannot decode it)', () => {
    const { design } = build(
      service(),
      statefulSet({ name: 'b'.repeat(52), ordinalsStart: 99999999990, replicas: 20 }),
    )
    expect(withCode(lint(design), 'NAME_TOO_LONG')).toEqual([])
    expect(single(lint(design), 'INVALID_FIELD_TYPE', '/1/spec/ordinals/start').severity).toBe('error')
  })
})

describe('REPLICAS_ZERO', () => {
  it('is info at spec.replicas', () => {
    const { design, text } = build(service(), statefulSet({ replicas: 0 }))
    const finding = single(lint(design), 'REPLICAS_ZERO', '/1/spec/replicas')
    expect(finding.severity).toBe('info')
    expect(finding.line).toBe(lineInDocument(text, 1, 'replicas: 0'))
  })

  it('stays quiet for replicas left out (1) or above zero', () => {
    expect(withCode(lint(build(service(), statefulSet({ replicas: null })).design), 'REPLICAS_ZERO')).toEqual(
      [],
    )
    expect(withCode(lint(healthy().design), 'REPLICAS_ZERO')).toEqual([])
  })
})

describe('UNSUPPORTED_KIND', () => {
  it('is info for each kept, unmodelled object, in documents and in List items', () => {
    const { design, text } = build(
      service(),
      statefulSet(),
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'config' }, data: { a: 'b' } },
      {
        apiVersion: 'v1',
        kind: 'List',
        items: [{ apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'pdb' } }],
      },
    )
    const findings = withCode(lint(design), 'UNSUPPORTED_KIND')
    expect(findings.map((finding) => [finding.path, finding.severity])).toEqual([
      ['/2', 'info'],
      ['/3/items/0', 'info'],
    ])
    expect(findings[0]?.line).toBe(lineInDocument(text, 2, 'apiVersion'))
  })

  it('does not fire for a kind: List, nor for StatefulSets under an unknown apiVersion', () => {
    const { design } = build(
      { apiVersion: 'v1', kind: 'List', items: [service(), statefulSet()] },
      { ...statefulSet({ name: 'old' }), apiVersion: 'apps/v1beta2' },
    )
    expect(withCode(lint(design), 'UNSUPPORTED_KIND')).toEqual([])
    expect(single(lint(design), 'UNKNOWN_API_VERSION', '/1/apiVersion').severity).toBe('error')
  })
})

describe('the core rules beyond the contract list', () => {
  it('NOT_A_MAPPING: a scalar or list document, not an empty one', () => {
    const design = load(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n---\njust text\n---\n- a\n- b\n---\n',
    )
    const findings = withCode(lint(design), 'NOT_A_MAPPING')
    expect(findings.map((finding) => [finding.path, finding.severity, finding.line])).toEqual([
      ['/1', 'error', 5],
      ['/2', 'error', 7],
    ])
  })

  it('DOCUMENT_IGNORED: a document after "..." without "---", which kubectl never reads', () => {
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n...\n# next\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: b}\n' +
      '---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n...\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: d}\n'
    const { design, findings } = importYaml(text)
    const ignored = withCode(findings, 'DOCUMENT_IGNORED')
    expect(ignored.map((finding) => [finding.path, finding.line])).toEqual([['/1', 6]])
    expect(ignored[0]!.message).toMatch(/ConfigMap "b"/)
    expect(withCode(lint(design!), 'DOCUMENT_IGNORED')).toHaveLength(1)
    // "..." then "---", comments before "---", and a plain stream: nothing to say.
    expect(withCode(lint(load('a: 1\n...\n# c\n---\nb: 2\n...\n')), 'DOCUMENT_IGNORED')).toEqual([])
    expect(withCode(lint(healthy().design), 'DOCUMENT_IGNORED')).toEqual([])
  })

  it('UNKNOWN_FIELD: a key at the wrong level refuses the object, and says where the key belongs', () => {
    const misplaced = statefulSet()
    const spec = misplaced.spec as JsonObject
    ;(spec.template as JsonObject).volumeClaimTemplates = spec.volumeClaimTemplates!
    delete spec.volumeClaimTemplates
    const clientService = service({ name: 'client', clusterIP: null })
    ;((clientService.spec as JsonObject).ports as JsonObject[])[0]!.nodeport = 30080
    const { design } = build(service(), clientService, misplaced)
    const findings = withCode(lint(design), 'UNKNOWN_FIELD')
    expect(findings.map((finding) => finding.path)).toEqual([
      '/1/spec/ports/0/nodeport',
      '/2/spec/template/volumeClaimTemplates',
    ])
    expect(findings[0]!.message).toMatch(
      /unknown field "spec\.ports\[0\]\.nodeport"[\s\S]*Check its spelling/,
    )
    expect(findings[1]!.message).toMatch(/"spec\.template\.volumeClaimTemplates"[\s\S]*belongs in spec/)
    // A port field written at the Service's spec belongs in each port.
    const portFieldAbove = service()
    ;(portFieldAbove.spec as JsonObject).targetPort = 8080
    const above = single(
      lint(build(portFieldAbove, statefulSet()).design),
      'UNKNOWN_FIELD',
      '/0/spec/targetPort',
    )
    expect(above.message).toMatch(/belongs in each item of spec\.ports:/)
    // The cluster gets neither object: the Service selects nothing, the pods are not created.
    const topology = deriveTopology(design)
    expect(topology.services[1]!.selectedPods).toEqual([])
    expect(
      topology.statefulSets[0]!.pods.every((pod) => pod.blocked && /unknown field/.test(pod.reason)),
    ).toBe(true)
  })

  it('UNKNOWN_FIELD leaves what the cluster writes (status) and levels it does not check alone', () => {
    const dumped = statefulSet()
    dumped.status = { replicas: 3, readyReplicas: 3 }
    ;(dumped.metadata as JsonObject).managedFields = []
    ;(dumped.metadata as JsonObject).uid = '6d1f0c1e'
    const claim = ((dumped.spec as JsonObject).volumeClaimTemplates as JsonObject[])[0]!
    Object.assign(claim, { apiVersion: 'v1', kind: 'PersistentVolumeClaim', status: { phase: 'Pending' } })
    expect(withCode(lint(build(service(), dumped).design), 'UNKNOWN_FIELD')).toEqual([])
  })

  it('MISSING_KIND: an object without apiVersion or kind', () => {
    const design = load('metadata:\n  name: web\nspec: {}\n')
    expect(single(lint(design), 'MISSING_KIND', '/0').severity).toBe('error')
    expect(withCode(lint(healthy().design), 'MISSING_KIND')).toEqual([])
  })

  it('UNKNOWN_API_VERSION: with a fix to the served version', () => {
    const { design } = build(service(), { ...statefulSet(), apiVersion: 'apps/v1beta1' })
    const finding = single(lint(design), 'UNKNOWN_API_VERSION', '/1/apiVersion')
    expect(finding.message).toMatch(/removed in Kubernetes 1\.16/)
    expectFixRemoves(design, finding)
  })

  it('INVALID_FIELD_TYPE: replicas: "three", a number label value, a port written as text', () => {
    const text =
      'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n  labels:\n    version: 2\nspec:\n  replicas: "three"\n' +
      '---\napiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\nspec:\n  ports:\n  - port: "80"\n'
    const findings = withCode(importYaml(text).findings, 'INVALID_FIELD_TYPE')
    expect(findings.map((finding) => [finding.path, finding.line])).toEqual([
      ['/0/metadata/labels/version', 6],
      ['/0/spec/replicas', 8],
      ['/1/spec/ports/0/port', 16],
    ])
    expect(findings[1]?.message).toMatch(/"three".*whole number/)
    expect(withCode(lint(healthy().design), 'INVALID_FIELD_TYPE')).toEqual([])
  })

  it('TARGET_PORT_UNDECLARED: a numeric targetPort no container declares (info)', () => {
    const { design } = build(service({ ports: [{ name: 'web', port: 80, targetPort: 8080 }] }), statefulSet())
    expect(single(lint(design), 'TARGET_PORT_UNDECLARED', '/0/spec/ports/0').severity).toBe('info')
    expect(withCode(lint(healthy().design), 'TARGET_PORT_UNDECLARED')).toEqual([])
  })

  it('INVALID_LABEL: a key or value breaking the label syntax', () => {
    const { design } = build(service({ selector: { app: 'nginx', 'bad key': 'x' } }), statefulSet())
    expect(single(lint(design), 'INVALID_LABEL', '/0/spec/selector/bad key').severity).toBe('error')
    const slash = build(service({ selector: { 'example.com/app': 'a/b' } }), statefulSet())
    expect(single(lint(slash.design), 'INVALID_LABEL', '/0/spec/selector/example.com~1app').severity).toBe(
      'error',
    )
    expect(withCode(lint(healthy().design), 'INVALID_LABEL')).toEqual([])
  })

  it('DUPLICATE_PORT_NAME: in a pod and in a Service', () => {
    const { design } = build(
      service({
        ports: [
          { name: 'web', port: 80 },
          { name: 'web', port: 81 },
        ],
      }),
      statefulSet({
        ports: [
          { name: 'web', containerPort: 80 },
          { name: 'web', containerPort: 81 },
        ],
      }),
    )
    expect(withCode(lint(design), 'DUPLICATE_PORT_NAME').map((finding) => finding.path)).toEqual([
      '/1/spec/template/spec/containers/0/ports/1/name',
      '/0/spec/ports/1/name',
    ])
  })

  it('DUPLICATE_PORT_NAME: two containers of a pod (a sidecar too) sharing a name is a warning, not a rejection', () => {
    const object = withInitContainer('Always', [{ name: 'web', containerPort: 9102 }])
    const podSpec = ((object.spec as JsonObject).template as JsonObject).spec as JsonObject
    ;(podSpec.containers as JsonObject[]).push({
      name: 'proxy',
      image: 'envoyproxy/envoy:v1.31.0',
      ports: [{ name: 'web', containerPort: 8080 }],
    })
    const { design } = build(service(), object)
    const findings = withCode(lint(design), 'DUPLICATE_PORT_NAME')
    expect(findings.map((finding) => [finding.path, finding.severity])).toEqual([
      ['/1/spec/template/spec/containers/1/ports/0/name', 'warning'],
      ['/1/spec/template/spec/initContainers/0/ports/0/name', 'warning'],
    ])
    expect(findings[0]?.message).toMatch(/always get "main"'s/)
  })

  it('DUPLICATE_RESOURCE: the same kind, namespace and name twice', () => {
    const { design } = build(service(), statefulSet(), service(), service({ namespace: 'other' }))
    expect(single(lint(design), 'DUPLICATE_RESOURCE', '/2/metadata/name').severity).toBe('error')
    expect(withCode(lint(design), 'DUPLICATE_RESOURCE')).toHaveLength(1)
  })

  it('VOLUME_MOUNT_UNKNOWN: a mount naming no volume, fixed by mounting the only claim', () => {
    const object = statefulSet()
    const container = (((object.spec as JsonObject).template as JsonObject).spec as JsonObject)
      .containers as JsonObject[]
    container[0]!.volumeMounts = [{ name: 'data', mountPath: '/data' }]
    const { design } = build(service(), object)
    const finding = single(
      lint(design),
      'VOLUME_MOUNT_UNKNOWN',
      '/1/spec/template/spec/containers/0/volumeMounts/0/name',
    )
    expectFixRemoves(design, finding)
  })

  it('REPLICAS_BEYOND_VIEW: more replicas than the app simulates (info)', () => {
    const { design } = build(service(), statefulSet({ replicas: MAX_DERIVED_PODS + 1 }))
    expect(single(lint(design), 'REPLICAS_BEYOND_VIEW', '/1/spec/replicas').severity).toBe('info')
  })

  it('TOLERATE_UNREADY_ANNOTATION: the annotation alone, fixed with publishNotReadyAddresses', () => {
    const annotations = { 'service.alpha.kubernetes.io/tolerate-unready-endpoints': 'true' }
    const { design } = build(service({ annotations }), statefulSet())
    const finding = single(lint(design), 'TOLERATE_UNREADY_ANNOTATION', '/0/metadata/annotations')
    expect(finding.severity).toBe('warning')
    expectFixRemoves(design, finding)
    const both = build(service({ annotations, publishNotReadyAddresses: true }), statefulSet())
    expect(withCode(lint(both.design), 'TOLERATE_UNREADY_ANNOTATION')).toEqual([])
  })

  it('IMAGE_LATEST: untagged or :latest warns, a missing image is an error, tags and digests pass', () => {
    const cases: [string, Finding['severity'] | null][] = [
      ['nginx', 'warning'],
      ['nginx:latest', 'warning'],
      ['localhost:5000/nginx', 'warning'],
      ['', 'error'],
      ['nginx:1.25', null],
      ['localhost:5000/nginx:1.25', null],
      ['nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', null],
    ]
    for (const [image, severity] of cases) {
      const findings = withCode(lint(build(service(), statefulSet({ image })).design), 'IMAGE_LATEST')
      expect(
        findings.map((finding) => finding.severity),
        image,
      ).toEqual(severity ? [severity] : [])
    }
  })

  it('IMAGE_LATEST: init containers too; one without an image blocks the pods', () => {
    const object = statefulSet()
    const podSpec = ((object.spec as JsonObject).template as JsonObject).spec as JsonObject
    podSpec.initContainers = [
      { name: 'init-perms', image: 'busybox' },
      { name: 'pinned', image: 'busybox:1.36' },
      { name: 'no-image' },
    ]
    const design = build(service(), object).design
    const findings = withCode(lint(design), 'IMAGE_LATEST')
    expect(findings.map((finding) => [finding.path, finding.severity])).toEqual([
      ['/1/spec/template/spec/initContainers/0/image', 'warning'],
      ['/1/spec/template/spec/initContainers/2', 'error'],
    ])
    expect(findings[0]!.message).toMatch(/init container "init-perms" uses image "busybox"/)
    expect(deriveTopology(design).statefulSets[0]!.pods.every((pod) => pod.blocked)).toBe(true)
  })

  it('PROBE_MISSING and RESOURCES_MISSING: info on the container', () => {
    const { design } = build(service(), statefulSet({ container: { readinessProbe: null, resources: {} } }))
    expect(single(lint(design), 'PROBE_MISSING', '/1/spec/template/spec/containers/0').severity).toBe('info')
    expect(single(lint(design), 'RESOURCES_MISSING', '/1/spec/template/spec/containers/0').severity).toBe(
      'info',
    )
  })

  it('PROBE_MISSING: only when no container of the pod has a readiness probe (the pod waits for all)', () => {
    const withHelper = (probed: 'main' | 'helper' | 'sidecar' | 'none') => {
      const object = statefulSet({ container: probed === 'main' ? {} : { readinessProbe: null } })
      const podSpec = ((object.spec as JsonObject).template as JsonObject).spec as JsonObject
      const probe = { httpGet: { path: '/ready', port: 9090 } }
      ;(podSpec.containers as JsonObject[]).push({
        name: 'reloader',
        image: 'ghcr.io/jimmidyson/configmap-reload:v0.14.0',
        ...(probed === 'helper' ? { readinessProbe: probe } : {}),
      })
      if (probed === 'sidecar')
        podSpec.initContainers = [
          {
            name: 'proxy',
            image: 'envoyproxy/envoy:v1.31.0',
            restartPolicy: 'Always',
            readinessProbe: probe,
          },
        ]
      return withCode(lint(build(service(), object).design), 'PROBE_MISSING')
    }
    // A probed main container holds the pod back: the unprobed helper beside it publishes nothing early.
    expect(withHelper('main')).toEqual([])
    expect(withHelper('helper')).toEqual([])
    expect(withHelper('sidecar')).toEqual([])
    const [finding, ...rest] = withHelper('none')
    expect(rest).toEqual([])
    expect(finding!.path).toBe('/1/spec/template/spec/containers/0')
    expect(finding!.message).toMatch(/none of its containers has a readinessProbe/)
  })

  it('MISSING_KIND names the field the API server asks for, and the apiVersion of the kind', () => {
    const onlyVersionMissing = lint(load('kind: Service\nmetadata:\n  name: galera\nspec: {}\n'))
    const message = single(onlyVersionMissing, 'MISSING_KIND', '/0').message
    expect(message).toMatch(/Object 'apiVersion' is missing/)
    expect(message).toMatch(/apiVersion: v1\b/)
    expect(message).not.toMatch(/StatefulSet/)
    const bothMissing = single(lint(load('metadata:\n  name: web\n')), 'MISSING_KIND', '/0').message
    expect(bothMissing).toMatch(/Object 'Kind' is missing/)
    const crd = single(lint(load('kind: Redis\nmetadata:\n  name: r\n')), 'MISSING_KIND', '/0').message
    expect(crd).toMatch(/apiVersion of kind Redis/)
  })
})
