import { MAX_DERIVED_PODS } from '../topology/deriveTopology'

/**
 * Why each rule exists and the Kubernetes page it follows, for the Problems panel's "Why this matters".
 * Kept apart from the rules: only an unfolded finding shows them, so the first paint does not carry them
 * (the app loads this table with the part that shows it).
 */
export const RULE_DOCS: Record<string, { why: string; docs: string }> = {
  DOCUMENT_IGNORED: {
    why: 'kubectl splits files at --- lines only, and reads the first document of each part.',
    docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/object-management/',
  },
  DUPLICATE_PORT_NAME: {
    why: 'Named ports are looked up by name (targetPort, probes, SRV records); the API server rejects duplicates within a container or a Service, and lookups take the first of two containers sharing a name.',
    docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services',
  },
  DUPLICATE_RESOURCE: {
    why: 'kind, namespace and name identify an object; applying the file makes the later document replace the earlier.',
    docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/',
  },
  IMAGE_LATEST: {
    why: 'Pods are re-created one by one over time; with a floating tag each may pull different code, and imagePullPolicy becomes Always.',
    docs: 'https://kubernetes.io/docs/concepts/containers/images/#image-names',
  },
  UNKNOWN_FIELD: {
    why: 'kubectl has the API server check every field (strict field validation, its default since Kubernetes 1.27): a field the type does not have, usually a key at the wrong indentation, fails the whole object.',
    docs: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
  },
  INVALID_FIELD_TYPE: {
    why: 'The API server decodes manifests into typed fields and rejects the whole object when one does not fit.',
    docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/',
  },
  INVALID_LABEL: {
    why: 'Label keys are an optional DNS prefix and a name of at most 63 characters; values are at most 63 characters.',
    docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set',
  },
  INVALID_NAME: {
    why: 'Names become DNS labels, hostnames and label values; the API server rejects names that break their rule.',
    docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/',
  },
  MISSING_KIND: {
    why: 'The API server routes every object by its apiVersion and kind.',
    docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/#required-fields',
  },
  NAME_TOO_LONG: {
    why: 'The controller labels each pod with controller-revision-hash=<name>-<10 characters> (at most 63), and a pod hostname is one DNS label (at most 63).',
    docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-identity',
  },
  NAMESPACE_MISMATCH: {
    why: 'A Service only selects pods in its own namespace, and the pod DNS names include the namespace.',
    docs: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#namespaces-of-services',
  },
  NOT_A_MAPPING: {
    why: 'Every Kubernetes object is a mapping with apiVersion, kind and metadata.',
    docs: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/#describing-a-kubernetes-object',
  },
  PORT_UNNAMED: {
    why: 'The SRV records the DNS specification defines (_<name>._<protocol>.<service>…) exist only for named ports; a Service with several ports must name all of them.',
    docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services',
  },
  PROBE_MISSING: {
    why: 'OrderedReady waits for each pod to be ready before the next; when no container has a readiness probe, "ready" only means "started", and DNS publishes the pod at once.',
    docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
  },
  REPLICAS_BEYOND_VIEW: {
    why: `The topology and DNS simulation derive at most ${MAX_DERIVED_PODS} pods per StatefulSet.`,
    docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#scaling',
  },
  REPLICAS_ZERO: {
    why: 'With no replicas there are no pods, no endpoints and no DNS records; the claims of earlier pods are kept unless the retention policy deletes them.',
    docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#scaling',
  },
  RESOURCES_MISSING: {
    why: 'Without requests the scheduler cannot place the pod sensibly and the pod is BestEffort: first to be evicted, which a stateful workload can least afford.',
    docs: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
  },
  SERVICE_NAME_MISMATCH: {
    why: 'Each pod gets the DNS subdomain spec.serviceName; only a headless Service of that name makes the names resolve.',
    docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id',
  },
  SERVICE_NO_SELECTOR: {
    why: 'Without a selector Kubernetes makes no EndpointSlices for the Service; you would have to manage them yourself.',
    docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#without-selectors',
  },
  SERVICE_NOT_HEADLESS: {
    why: 'Only a headless Service (clusterIP: None) publishes one DNS record per pod; a ClusterIP Service hides the pods behind one virtual IP.',
    docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#headless-services',
  },
  SERVICE_SPEC_INVALID: {
    why: 'The API server validates a Service before storing it; a rejected Service does not exist, so it selects no pod and cluster DNS knows none of its names.',
    docs: 'https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec',
  },
  STATEFULSET_SPEC_INVALID: {
    why: 'The API server validates the StatefulSet when it is applied, and each pod and claim when the controller creates them; either refusal leaves the StatefulSet without pods.',
    docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/#StatefulSetSpec',
  },
  STS_SELECTOR_MISMATCH: {
    why: 'A StatefulSet finds its pods by spec.selector; the API server refuses one whose selector would not select its own pods.',
    docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-selector',
  },
  SVC_SELECTOR_MISMATCH: {
    why: 'A Service gets endpoints, and its pods get DNS records, only for pods whose labels include every key and value of its selector.',
    docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#defining-a-service',
  },
  TARGET_PORT_MISMATCH: {
    why: 'A named targetPort is looked up in each selected pod; a pod without a container port of that name and protocol is left out of the endpoints.',
    docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports',
  },
  TARGET_PORT_UNDECLARED: {
    why: 'A numeric targetPort routes whether or not the container declares it, but an undeclared port is often a typo.',
    docs: 'https://kubernetes.io/docs/concepts/services-networking/service/#field-spec-ports',
  },
  TOLERATE_UNREADY_ANNOTATION: {
    why: 'EndpointSlices ignore the annotation; spec.publishNotReadyAddresses is what makes not-ready pods resolvable.',
    docs: 'https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec',
  },
  UNKNOWN_API_VERSION: {
    why: 'The API server only accepts a kind under the API versions it serves; StatefulSet is apps/v1, Service is v1.',
    docs: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/',
  },
  UNSUPPORTED_KIND: {
    why: 'StatefulSet Studio models StatefulSets and Services; other documents are kept exactly as written.',
    docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/',
  },
  VOLUME_MOUNT_UNKNOWN: {
    why: 'Each volumeMount refers by name to a volume of the pod; a StatefulSet adds one volume per volumeClaimTemplate.',
    docs: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates',
  },
}
