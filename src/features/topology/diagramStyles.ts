/**
 * The diagram's own styles, embedded in the SVG as a <style> element so that an exported file looks the
 * same as the screen. Colours are the app's theme variables; the export writes their current values in.
 */
export const DIAGRAM_CSS = `
.topology-svg { background: var(--panel); font-family: var(--font); }
.topology-svg text { fill: var(--text); font-size: 13px; }
.topology-svg .mono { font-family: var(--mono); font-size: 12px; }
.topology-svg .muted { fill: var(--muted); }
.topology-svg .small { font-size: 11px; }
.topology-svg .title { font-weight: 600; }
.topology-svg .node { cursor: pointer; outline: none; }
.topology-svg .box { fill: var(--panel); stroke: var(--border); stroke-width: 1.2; }
.topology-svg .service .box { fill: var(--panel-2); stroke: var(--accent); stroke-width: 1.6; }
.topology-svg .statefulset .box { fill: transparent; stroke: none; }
.topology-svg .pvc .box { fill: var(--panel-2); }
.topology-svg .more .box { fill: var(--panel-2); stroke-dasharray: 6 4; }
.topology-svg .pod.not-ready .box { stroke-dasharray: 5 3; stroke: var(--warning); }
.topology-svg .pod.blocked .box { fill: var(--panel-2); stroke: var(--error); stroke-dasharray: 3 3; }
.topology-svg .problem .box { stroke: var(--error); stroke-width: 2; }
.topology-svg .highlighted .box { stroke: var(--focus); stroke-width: 3; }
.topology-svg .node:focus-visible .box, .topology-svg .node.selected .box { stroke: var(--focus); stroke-width: 3; }
.topology-svg .fqdn { cursor: pointer; }
.topology-svg .fqdn:hover text { text-decoration: underline; }
.topology-svg .no-dns { fill: var(--error); }
.topology-svg .status-ready { fill: var(--success); }
.topology-svg .status-not-ready { fill: var(--warning); }
.topology-svg .status-blocked { fill: var(--error); }
.topology-svg .badge { fill: var(--error); }
.topology-svg .badge-text { fill: var(--panel); font-weight: 700; font-size: 12px; }
.topology-svg .edge { fill: none; stroke-width: 1.4; }
.topology-svg .edge.selects { stroke: var(--accent); opacity: 0.6; }
.topology-svg .edge.unpublished { stroke: var(--muted); stroke-dasharray: 2 4; opacity: 0.9; }
.topology-svg .edge.claims { stroke: var(--border); stroke-width: 1.2; }
.topology-svg .edge.broken { stroke: var(--error); stroke-width: 2; stroke-dasharray: 7 5; }
.topology-svg .edge.highlighted { stroke: var(--focus); opacity: 1; stroke-width: 2.5; }
.topology-svg .broken-mark { fill: var(--error); font-weight: 700; font-size: 12px; }
.topology-svg .appearing .box { animation: pod-appear 0.7s ease-out both; animation-delay: var(--appear-delay, 0s); }
@keyframes pod-appear {
  from { stroke: var(--success); stroke-width: 5; opacity: 0.15; }
  to { opacity: 1; }
}
@media (prefers-reduced-motion: reduce) { .topology-svg .appearing .box { animation: none; } }
`

/** Theme variables the diagram uses; the export writes their current values into the file. */
export const DIAGRAM_VARIABLES = [
  '--panel',
  '--panel-2',
  '--text',
  '--muted',
  '--border',
  '--accent',
  '--error',
  '--warning',
  '--success',
  '--focus',
  '--font',
  '--mono',
] as const
