/** Placeholder while the feature is being built. */
export function ProblemsPanel() {
  return <h2>Problems</h2>
}
