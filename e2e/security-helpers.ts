import type { Page } from '@playwright/test'

/** Markup that would run script if any view put user text into HTML or SVG unescaped. */
export const HOSTILE = {
  script: '<script>window.__pwned="script"</script>',
  img: '"><img src=x onerror="window.__pwned=\'img\'">',
  text: '</text><script>window.__pwned="text"</script>',
  svg: '<svg onload="window.__pwned=\'svg\'">',
}

/** A Service and a StatefulSet whose names, labels, selectors and claims are all hostile markup. */
export const HOSTILE_YAML = `apiVersion: v1
kind: Service
metadata:
  name: '${HOSTILE.text}'
  labels:
    note: '${HOSTILE.img.replace(/'/g, "''")}'
spec:
  clusterIP: None
  selector:
    app: '${HOSTILE.script}'
  ports:
    - name: '${HOSTILE.svg.replace(/'/g, "''")}'
      port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: '${HOSTILE.img.replace(/'/g, "''")}'
  namespace: '${HOSTILE.svg.replace(/'/g, "''")}'
spec:
  serviceName: '${HOSTILE.text}'
  replicas: 2
  selector:
    matchLabels:
      app: '${HOSTILE.script}'
  template:
    metadata:
      labels:
        app: '${HOSTILE.script}'
    spec:
      containers:
        - name: '${HOSTILE.text}'
          image: '${HOSTILE.img.replace(/'/g, "''")}'
  volumeClaimTemplates:
    - metadata:
        name: '${HOSTILE.script}'
`

/** Records dialogs (alert, confirm…) the page opens; there must be none. */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return dialogs
}

/** Whether any hostile markup ran, or left elements behind in the page. */
export function pageInjection(page: Page) {
  return page.evaluate(() => ({
    flag: (window as unknown as { __pwned?: string }).__pwned ?? null,
    injected: document.querySelectorAll(
      '#root script, #root img[src="x"], #root svg svg, #root [onload], #root [onerror]',
    ).length,
  }))
}

/** Parses SVG text as XML in the page (parsing runs nothing) and lists what a safe file must not hold. */
export function inspectSvg(page: Page, text: string) {
  return page.evaluate((svgText) => {
    const document = new DOMParser().parseFromString(svgText, 'image/svg+xml')
    const elements = [...document.querySelectorAll('*')]
    return {
      root: document.documentElement.localName,
      parseErrors: document.getElementsByTagName('parsererror').length,
      scripts: elements.filter((element) => element.localName === 'script').length,
      foreign: elements
        .filter(
          (element) =>
            element.namespaceURI !== 'http://www.w3.org/2000/svg' || element.localName === 'foreignObject',
        )
        .map((element) => element.localName),
      handlers: elements.flatMap((element) =>
        [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((a) => a.name),
      ),
      links: elements.filter((element) => element.hasAttribute('href') || element.hasAttribute('xlink:href'))
        .length,
      text: document.documentElement.textContent ?? '',
    }
  }, text)
}
