import { ingressEntryOf, type KvObject } from '../../domain/index.ts'
import { setObjectIngressOnly } from '../../state/answers-store.ts'
import { TextField } from './text-field.tsx'

/**
 * A cert row's "For an Ingress only" (the answer `ing`): the AKS application routing add-on serves the
 * certificate to an Ingress, so no pod mounts it. Ticked, it asks for the host name the Ingress serves.
 */
export function IngressOnlyField(p: { index: number; rowKey: string; object: KvObject; ing: string }) {
  const entry = ingressEntryOf(p.ing, p.object)
  const id = `f-${p.rowKey}.ingress`
  return (
    <div className="field ingress-only">
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={entry !== undefined}
          disabled={p.object.name.trim() === ''}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setObjectIngressOnly(p.index, e.target.checked ? { host: '' } : undefined)}
        />
        <label htmlFor={id}>For an Ingress only</label>
      </div>
      <p className="hint" id={`${id}-hint`}>
        Served from Key Vault by the application routing add-on; no pod mounts it.
      </p>
      {entry ? (
        <TextField
          fieldId={`${p.rowKey}.host`}
          label="Host the Ingress serves"
          value={entry.host}
          placeholder="empty: every host"
          onChange={(host) => setObjectIngressOnly(p.index, { host })}
        />
      ) : null}
    </div>
  )
}
