/** Elasticsearch 8.15, three master-eligible data nodes discovering each other through the headless Service. */
export const ELASTICSEARCH_YAML = `# Elasticsearch 8.15: three nodes. discovery.seed_hosts names the headless Service, whose A
# records list every node; cluster.initial_master_nodes lists the pod names for the first start only.
# Security is off to keep the starting point small: enable it with TLS certificates before real use.
apiVersion: v1
kind: Service
metadata:
  name: elasticsearch-headless
  labels:
    app.kubernetes.io/name: elasticsearch
spec:
  clusterIP: None
  # Nodes discover each other before the cluster (and so any node) is ready.
  publishNotReadyAddresses: true
  selector:
    app.kubernetes.io/name: elasticsearch
  ports:
    - name: http
      port: 9200
      targetPort: http
    - name: transport
      port: 9300
      targetPort: transport
---
apiVersion: v1
kind: Service
metadata:
  name: elasticsearch
  labels:
    app.kubernetes.io/name: elasticsearch
spec:
  selector:
    app.kubernetes.io/name: elasticsearch
  ports:
    - name: http
      port: 9200
      targetPort: http
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: elasticsearch
spec:
  serviceName: elasticsearch-headless
  replicas: 3
  podManagementPolicy: Parallel # masters must see each other to elect, so start them together
  selector:
    matchLabels:
      app.kubernetes.io/name: elasticsearch
  template:
    metadata:
      labels:
        app.kubernetes.io/name: elasticsearch
    spec:
      terminationGracePeriodSeconds: 120
      containers:
        - name: elasticsearch
          image: docker.elastic.co/elasticsearch/elasticsearch:8.15.3
          env:
            - name: node.name
              valueFrom:
                fieldRef:
                  fieldPath: metadata.name
            - name: cluster.name
              value: studio-search
            - name: discovery.seed_hosts
              value: elasticsearch-headless
            - name: cluster.initial_master_nodes
              value: elasticsearch-0,elasticsearch-1,elasticsearch-2
            - name: node.store.allow_mmap # avoids raising vm.max_map_count on the node
              value: 'false'
            - name: xpack.security.enabled
              value: 'false'
            - name: ES_JAVA_OPTS
              value: -Xms1g -Xmx1g
          ports:
            - name: http
              containerPort: 9200
            - name: transport
              containerPort: 9300
          readinessProbe:
            httpGet:
              path: /_cluster/health?local=true
              port: http
            initialDelaySeconds: 20
            periodSeconds: 10
          resources:
            requests:
              cpu: '1'
              memory: 2Gi
            limits:
              memory: 2Gi
          volumeMounts:
            - name: data
              mountPath: /usr/share/elasticsearch/data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ['ReadWriteOnce']
        resources:
          requests:
            storage: 30Gi
`
