/** Placeholder while the feature is being built. */
export function TopologyPanel() {
  return <h2>Topology</h2>
}
