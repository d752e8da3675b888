/** Apache Cassandra 4.1, three nodes that find each other through a seed list of per-pod DNS names. */
export const CASSANDRA_YAML = `# Cassandra 4.1 (after https://kubernetes.io/docs/tutorials/stateful-application/cassandra/).
# The seed list names cassandra-0 by its stable DNS name, so a new node always finds the ring.
apiVersion: v1
kind: Service
metadata:
  name: cassandra
  labels:
    app.kubernetes.io/name: cassandra
spec:
  clusterIP: None
  # Nodes must find their seeds while they are still joining, i.e. before they are ready.
  publishNotReadyAddresses: true
  selector:
    app.kubernetes.io/name: cassandra
  ports:
    - name: cql
      port: 9042
      targetPort: cql
    - name: intra-node
      port: 7000
      targetPort: intra-node
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cassandra
spec:
  serviceName: cassandra
  replicas: 3
  selector:
    matchLabels:
      app.kubernetes.io/name: cassandra
  template:
    metadata:
      labels:
        app.kubernetes.io/name: cassandra
    spec:
      terminationGracePeriodSeconds: 120 # nodetool drain needs time
      containers:
        - name: cassandra
          image: cassandra:4.1.7
          env:
            - name: CASSANDRA_CLUSTER_NAME
              value: studio-ring
            - name: CASSANDRA_SEEDS # the first two nodes by their stable names
              value: cassandra-0.cassandra,cassandra-1.cassandra
            - name: CASSANDRA_ENDPOINT_SNITCH
              value: GossipingPropertyFileSnitch
            - name: MAX_HEAP_SIZE
              value: 1G
            - name: HEAP_NEWSIZE
              value: 256M
            - name: POD_IP
              valueFrom:
                fieldRef:
                  fieldPath: status.podIP
          ports:
            - name: cql
              containerPort: 9042
            - name: intra-node
              containerPort: 7000
            - name: jmx
              containerPort: 7199
          readinessProbe:
            exec:
              command: ['sh', '-c', 'nodetool status | grep -q "^UN *$POD_IP "']
            initialDelaySeconds: 30
            periodSeconds: 10
            timeoutSeconds: 5
          lifecycle:
            preStop:
              exec:
                command: ['nodetool', 'drain']
          resources:
            requests:
              cpu: '1'
              memory: 2Gi
            limits:
              memory: 2Gi
          volumeMounts:
            - name: data
              mountPath: /var/lib/cassandra
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ['ReadWriteOnce']
        resources:
          requests:
            storage: 20Gi
`
