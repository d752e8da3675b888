/** Placeholder while the feature is being built. */
export function Toolbar() {
  return <h2>Toolbar</h2>
}
