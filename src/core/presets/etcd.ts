/** etcd 3.5, a three-member cluster whose peer URLs are the pods' stable DNS names. */
export const ETCD_YAML = `# etcd 3.5: three members. Each advertises http://etcd-<n>.etcd:2380 to its peers; the
# initial cluster lists every member by that name. Kubernetes expands $(ETCD_NAME) in env and args.
apiVersion: v1
kind: Service
metadata:
  name: etcd
  labels:
    app.kubernetes.io/name: etcd
spec:
  clusterIP: None
  # Members must reach each other to form the cluster, before any of them is ready.
  publishNotReadyAddresses: true
  selector:
    app.kubernetes.io/name: etcd
  ports:
    - name: client
      port: 2379
      targetPort: client
    - name: peer
      port: 2380
      targetPort: peer
---
apiVersion: v1
kind: Service
metadata:
  name: etcd-client
  labels:
    app.kubernetes.io/name: etcd
spec:
  selector:
    app.kubernetes.io/name: etcd
  ports:
    - name: client
      port: 2379
      targetPort: client
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: etcd
spec:
  serviceName: etcd
  replicas: 3
  podManagementPolicy: Parallel # members wait for a quorum, so start them together
  selector:
    matchLabels:
      app.kubernetes.io/name: etcd
  template:
    metadata:
      labels:
        app.kubernetes.io/name: etcd
    spec:
      containers:
        - name: etcd
          image: quay.io/coreos/etcd:v3.5.15
          env:
            - name: ETCD_NAME
              valueFrom:
                fieldRef:
                  fieldPath: metadata.name
            - name: ETCD_DATA_DIR
              value: /var/lib/etcd
            - name: ETCD_INITIAL_CLUSTER
              value: etcd-0=http://etcd-0.etcd:2380,etcd-1=http://etcd-1.etcd:2380,etcd-2=http://etcd-2.etcd:2380
            - name: ETCD_INITIAL_CLUSTER_STATE
              value: new
            - name: ETCD_INITIAL_CLUSTER_TOKEN
              value: etcd-studio
            - name: ETCD_INITIAL_ADVERTISE_PEER_URLS
              value: http://$(ETCD_NAME).etcd:2380
            - name: ETCD_LISTEN_PEER_URLS
              value: http://0.0.0.0:2380
            - name: ETCD_LISTEN_CLIENT_URLS
              value: http://0.0.0.0:2379
            - name: ETCD_ADVERTISE_CLIENT_URLS
              value: http://$(ETCD_NAME).etcd:2379
          ports:
            - name: client
              containerPort: 2379
            - name: peer
              containerPort: 2380
          readinessProbe:
            httpGet:
              path: /health
              port: client
            initialDelaySeconds: 5
            periodSeconds: 10
          resources:
            requests:
              cpu: 250m
              memory: 512Mi
            limits:
              memory: 1Gi
          volumeMounts:
            - name: data
              mountPath: /var/lib/etcd
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ['ReadWriteOnce']
        resources:
          requests:
            storage: 8Gi
`
