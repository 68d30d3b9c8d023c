import { useEffect, useRef, useState } from 'react'
import {
  OBJECT_TYPE_VALUES,
  emptyObject,
  fixIssue,
  parseObjectType,
  type Answers,
  type FieldIssue,
  type KvObject,
} from '../../domain/index.ts'
import {
  addObject,
  moveObject,
  removeObject,
  replaceAnswers,
  updateObject,
} from '../../state/answers-store.ts'
import { RichText } from '../common/rich-text.tsx'
import { IngressOnlyField } from './ingress-only-field.tsx'
import { TextField } from './text-field.tsx'

interface Props {
  answers: Answers
  issues: FieldIssue[]
  /** Whether the generated option uses env var names (option 3, or option 2's wrapper). */
  envUsed: boolean
}

const TYPE_LABELS: Record<KvObject['type'], string> = {
  secret: 'secret (also a certificate’s private key)',
  key: 'key (public key only)',
  cert: 'cert (public certificate only)',
}

/**
 * The Key Vault objects the app needs, in order: add, remove, reorder, and each one's details. One row is
 * there from the start (an object without a name is not written to the link); after Add, focus moves to
 * the new row's name. An app of one vault sees no vault field: each row gets one ("Vault", empty meaning
 * the Key Vault name above) once an object names a vault of its own, or once the user asks for an object
 * from another vault, whose new row's vault field then has the focus (issue 17).
 */
export function ObjectsEditor({ answers, issues, envUsed }: Props) {
  const listIssue = issues.find((i) => i.key === 'o')
  const ingressIssue = issues.find((i) => i.key === 'ing')
  const objects: KvObject[] = answers.objects.length === 0 ? [emptyObject()] : answers.objects
  const [vaultAsked, setVaultAsked] = useState(false)
  const vaultColumn = vaultAsked || objects.some((o) => o.vault !== '')
  // The field of the row Add makes that gets the focus once it is there.
  const focusField = useRef<string | undefined>(undefined)
  useEffect(() => {
    if (focusField.current === undefined) return
    document.getElementById(`f-o[${objects.length}].${focusField.current}`)?.focus()
    focusField.current = undefined
  }, [objects.length])
  const add = (field = 'name') => {
    focusField.current = field
    addObject()
  }
  return (
    <div className="objects" id="f-o" tabIndex={-1}>
      <h3 className="objects-title">Key Vault objects</h3>
      {listIssue ? (
        <p className="message missing">
          Needed: <RichText text={listIssue.message} />
        </p>
      ) : null}
      {ingressIssue ? (
        <p className="message invalid" id="f-ing" tabIndex={-1}>
          <RichText text={ingressIssue.message} />
        </p>
      ) : null}
      <ol className="object-list">
        {objects.map((o, index) => {
          const key = `o[${index + 1}]`
          const issueFor = (field: FieldIssue['field']) =>
            issues.find((i) => i.key === key && i.field === field)
          const fixFor = (field: FieldIssue['field']) => {
            const issue = issueFor(field)
            const fix = issue && fixIssue(answers, issue)
            return fix && { label: fix.label, apply: () => replaceAnswers(fix.answers) }
          }
          const label = `Secret ${index + 1}`
          return (
            <li key={index} className="object-row">
              <fieldset id={`f-${key}`} tabIndex={-1}>
                <legend>{label}</legend>
                <div className="object-fields">
                  <TextField
                    fieldId={`${key}.name`}
                    label="Name in Key Vault"
                    value={o.name}
                    placeholder="my-secret"
                    issue={issueFor('name')}
                    fix={fixFor('name')}
                    onChange={(name) => updateObject(index, { name })}
                  />
                  <div className="field">
                    <label htmlFor={`f-${key}.type`}>Type</label>
                    <select
                      id={`f-${key}.type`}
                      value={o.type}
                      onChange={(e) => {
                        const type = parseObjectType(e.target.value)
                        if (type) updateObject(index, { type })
                      }}
                    >
                      {OBJECT_TYPE_VALUES.map((t) => (
                        <option key={t} value={t}>
                          {TYPE_LABELS[t]}
                        </option>
                      ))}
                    </select>
                  </div>
                  {/* Hidden, not labelled, where the option reads no env var (issue 18). */}
                  {envUsed ? (
                    <TextField
                      fieldId={`${key}.env`}
                      label="Env var the app reads"
                      value={o.env}
                      placeholder="empty: read as a file"
                      issue={issueFor('env')}
                      fix={fixFor('env')}
                      onChange={(env) => updateObject(index, { env })}
                    />
                  ) : null}
                  <TextField
                    fieldId={`${key}.file`}
                    label="File name (alias)"
                    value={o.file}
                    placeholder={o.name || 'same as the name'}
                    issue={issueFor('file')}
                    fix={fixFor('file')}
                    onChange={(file) => updateObject(index, { file })}
                  />
                  <TextField
                    fieldId={`${key}.version`}
                    label="Version"
                    value={o.version}
                    placeholder="latest"
                    issue={issueFor('version')}
                    fix={fixFor('version')}
                    onChange={(version) => updateObject(index, { version })}
                  />
                  {vaultColumn ? (
                    <TextField
                      fieldId={`${key}.vault`}
                      label="Vault"
                      value={o.vault}
                      placeholder={answers.kv || 'Key Vault name'}
                      issue={issueFor('vault')}
                      fix={fixFor('vault')}
                      onChange={(vault) => updateObject(index, { vault })}
                    />
                  ) : null}
                  {o.type === 'cert' ? (
                    <IngressOnlyField index={index} rowKey={key} object={o} ing={answers.ing} />
                  ) : null}
                </div>
                <div className="row-actions">
                  <button
                    type="button"
                    onClick={() => moveObject(index, -1)}
                    disabled={index === 0}
                    aria-label={`Move ${label} up`}
                  >
                    ↑ Up
                  </button>
                  <button
                    type="button"
                    onClick={() => moveObject(index, 1)}
                    disabled={index === objects.length - 1}
                    aria-label={`Move ${label} down`}
                  >
                    ↓ Down
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => removeObject(index)}
                    disabled={answers.objects.length === 0}
                    aria-label={`Remove ${label}`}
                  >
                    Remove
                  </button>
                </div>
              </fieldset>
            </li>
          )
        })}
      </ol>
      <button type="button" onClick={() => add()}>
        + Add a Key Vault object
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          setVaultAsked(true)
          add('vault')
        }}
      >
        + Add one from another vault
      </button>
    </div>
  )
}
