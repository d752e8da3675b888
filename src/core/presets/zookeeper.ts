/** Apache ZooKeeper 3.9, a three-server ensemble addressed by per-pod DNS names. */
export const ZOOKEEPER_YAML = `# ZooKeeper 3.9 ensemble (after https://kubernetes.io/docs/tutorials/stateful-application/zookeeper/).
# Every server lists its peers as zk-<n>.zk-hs; myid is the ordinal plus one.
apiVersion: v1
kind: Service
metadata:
  name: zk-hs
  labels:
    app.kubernetes.io/name: zookeeper
spec:
  clusterIP: None
  # Servers elect a leader before any is ready, so peers must resolve while not ready.
  publishNotReadyAddresses: true
  selector:
    app.kubernetes.io/name: zookeeper
  ports:
    - name: server
      port: 2888
      targetPort: server
    - name: leader-election
      port: 3888
      targetPort: leader-election
---
apiVersion: v1
kind: Service
metadata:
  name: zk-cs
  labels:
    app.kubernetes.io/name: zookeeper
spec:
  selector:
    app.kubernetes.io/name: zookeeper
  ports:
    - name: client
      port: 2181
      targetPort: client
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: zk
spec:
  serviceName: zk-hs
  replicas: 3
  podManagementPolicy: Parallel # an ensemble needs its quorum up together, not one by one
  selector:
    matchLabels:
      app.kubernetes.io/name: zookeeper
  template:
    metadata:
      labels:
        app.kubernetes.io/name: zookeeper
    spec:
      containers:
        - name: zookeeper
          image: zookeeper:3.9.2
          command: ['bash', '-c', 'export ZOO_MY_ID=$((\${HOSTNAME##*-} + 1)) && exec /docker-entrypoint.sh zkServer.sh start-foreground']
          env:
            - name: ZOO_SERVERS
              value: server.1=zk-0.zk-hs:2888:3888;2181 server.2=zk-1.zk-hs:2888:3888;2181 server.3=zk-2.zk-hs:2888:3888;2181
            - name: ZOO_4LW_COMMANDS_WHITELIST
              value: ruok,srvr
            - name: JVMFLAGS
              value: -Xmx512m
          ports:
            - name: client
              containerPort: 2181
            - name: server
              containerPort: 2888
            - name: leader-election
              containerPort: 3888
          readinessProbe:
            exec:
              command: ['zkServer.sh', 'status']
            initialDelaySeconds: 10
            periodSeconds: 5
          resources:
            requests:
              cpu: 250m
              memory: 768Mi
            limits:
              memory: 768Mi
          volumeMounts:
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ['ReadWriteOnce']
        resources:
          requests:
            storage: 5Gi
`
