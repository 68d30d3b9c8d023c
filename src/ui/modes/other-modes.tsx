import { setMode } from './mode.ts'

/** Decide's pointer to the other two entries, where "Start from your manifests" and "Something fails?" were. */
export function OtherModes() {
  return (
    <section className="card other-modes" aria-labelledby="other-modes-title">
      <h2 id="other-modes-title">Already running, or migrating?</h2>
      <p>
        <button type="button" className="link" onClick={() => setMode('migrate')}>
          Migrate from my YAML
        </button>
        : paste a Deployment, <code>helm template</code> output or akv2k8s resources and get them patched for
        this option.
      </p>
      <p>
        <button type="button" className="link" onClick={() => setMode('troubleshoot')}>
          Troubleshoot
        </button>
        : paste what <code>kubectl describe pod</code> or a log says and get the cause and the fix.
      </p>
    </section>
  )
}
