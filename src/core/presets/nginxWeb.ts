/** The Kubernetes StatefulSet tutorial's `web` (https://kubernetes.io/docs/tutorials/stateful-application/basic-stateful-set/), tightened: pinned image, probe, resources. */
export const NGINX_WEB_YAML = `# The StatefulSet basics tutorial: nginx pods web-0, web-1, web-2 behind the headless Service "nginx".
apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  clusterIP: None # headless: one DNS record per pod, no virtual IP
  selector:
    app: nginx
  ports:
    - name: web
      port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx # pods are web-N.nginx.<namespace>.svc.cluster.local
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
        - name: nginx
          image: registry.k8s.io/nginx-slim:0.27
          ports:
            - name: web
              containerPort: 80
          readinessProbe:
            httpGet:
              path: /
              port: web
          resources:
            requests:
              cpu: 100m
              memory: 64Mi
            limits:
              memory: 128Mi
          volumeMounts:
            - name: www
              mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
    - metadata:
        name: www
      spec:
        accessModes: ['ReadWriteOnce']
        resources:
          requests:
            storage: 1Gi
`
