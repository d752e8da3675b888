/** Placeholder while the feature is being built. */
export function DesignPanel() {
  return <h2>Design</h2>
}
