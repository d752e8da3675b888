/**
 * The benchmark floor: the editor every tool of this kind needs, and nothing else. It loads Monaco the
 * way the app does (at the first user activity, the same text shown in a placeholder meanwhile) and uses the
 * app's own Monaco + monaco-yaml setup (workers, schemas, the compatibility shim), so the app ÷ floor ratios
 * show what the app's own code costs on top of the editor.
 */
import { NGINX_WEB_YAML } from '../../src/core/presets/nginxWeb'
import { onFirstUserActivity } from '../../src/features/yaml-editor/firstUserActivity'

const box = document.getElementById('box')
if (!box) throw new Error('index.html has no #box element')
const placeholder = document.createElement('pre')
placeholder.className = 'yaml-placeholder'
placeholder.textContent = NGINX_WEB_YAML
box.append(placeholder)

// Monaco is requested at the first user activity, as in the app.
onFirstUserActivity(window, () => {
  void import('./floorEditor').then(({ mountEditor }) => {
    placeholder.remove()
    mountEditor(box, NGINX_WEB_YAML)
  })
})
