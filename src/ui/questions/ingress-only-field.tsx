import { ingressEntryOf, type KvObject } from '../../domain/index.ts'
import { setObjectIngressOnly } from '../../state/answers-store.ts'
import { TextField } from './text-field.tsx'

interface Props {
  /** The row's place in the objects (0-based) and its permalink key (`o[1]`). */
  index: number
  rowKey: string
  object: KvObject
  /** The `ing` answer. */
  ing: string
}

/**
 * A cert row's "For an Ingress only" (the answer `ing`): the AKS application routing add-on serves the
 * certificate to an Ingress, so no pod mounts it. Ticked, it asks for the host name the Ingress serves.
 */
export function IngressOnlyField({ index, rowKey, object, ing }: Props) {
  const entry = ingressEntryOf(ing, object)
  const id = `f-${rowKey}.ingress`
  const unnamed = object.name.trim() === ''
  return (
    <div className="field ingress-only">
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          checked={entry !== undefined}
          disabled={unnamed}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setObjectIngressOnly(index, e.target.checked ? { host: '' } : undefined)}
        />
        <label htmlFor={id}>For an Ingress only</label>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {unnamed
          ? 'Name the certificate first.'
          : 'The application routing add-on serves it to an Ingress from Key Vault; no pod mounts it.'}
      </p>
      {entry !== undefined ? (
        <TextField
          fieldId={`${rowKey}.host`}
          label="Host the Ingress serves"
          value={entry.host}
          placeholder="shop.contoso.com (empty: every host)"
          onChange={(host) => setObjectIngressOnly(index, { host })}
        />
      ) : null}
    </div>
  )
}
