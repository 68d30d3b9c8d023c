import { CLOUD_VALUES, type Cloud, type Lang, type TextKey } from '../../domain/answers/model.ts'
import { ASSUMED } from '../../domain/answers/resolve.ts'
import type { Assessment } from '../../domain/assess.ts'
import { setChoice, setText, useAnswers } from '../../state/answers-store.ts'
import { ChoiceQuestion } from './choice-question.tsx'
import { ObjectsEditor } from './objects-editor.tsx'
import {
  AUTH_QUESTION,
  CODE_QUESTION,
  COPY_QUESTION,
  LANG_CHOICES,
  READS_QUESTION,
  ROTATE_QUESTION,
  type QuestionCopy,
} from './question-copy.ts'
import { TextField } from './text-field.tsx'
import { fieldUse } from './field-use.ts'

/** The left pane: every answer, grouped, visible and changeable at any time. */
export function AnswersPane({ engine }: { engine: Assessment }) {
  const answers = useAnswers((s) => s.answers)
  const use = fieldUse(engine)
  const issueFor = (key: string) => engine.issues.find((i) => i.key === key && i.field === undefined)

  const choice = <V extends string>(q: QuestionCopy<V>, value: V | undefined, notUsed?: string) => (
    <ChoiceQuestion
      id={q.key}
      question={q.question}
      why={q.why}
      choices={q.choices}
      value={value}
      assumed={(ASSUMED as Record<string, string>)[q.key] as V | undefined}
      notUsed={notUsed}
      onChange={(v) => setChoice(q.key, v as never)}
    />
  )
  const text = (key: TextKey, label: string, hint: string, placeholder?: string) => (
    <TextField
      fieldId={key}
      label={label}
      value={answers[key]}
      hint={hint}
      placeholder={placeholder}
      issue={issueFor(key)}
      notUsed={use.notUsed(key)}
      inputMode={key === 'port' ? 'numeric' : 'text'}
      onChange={(v) => setText(key, v)}
    />
  )

  return (
    <div className="answers-pane">
      <section className="card" aria-labelledby="g-application">
        <h2 id="g-application">Application</h2>
        {choice(CODE_QUESTION, answers.code)}
        {choice(READS_QUESTION, answers.reads)}
        {choice(ROTATE_QUESTION, answers.rotate)}
        {text(
          'image',
          'Container image',
          'A registry path with a tag or digest, e.g. ghcr.io/org/app:1.0.',
          'ghcr.io/org/app:1.0',
        )}
        {text(
          'port',
          'Container port',
          'A number from 1 to 65535; leave empty if the app listens on none.',
          '80',
        )}
        {text(
          'cmd',
          'Start command (for the env-from-files wrapper)',
          'The command the container runs today, e.g. python app.py; the wrapper sets the env vars, then runs it.',
          'python app.py',
        )}
        <div className="field">
          <label htmlFor="f-lang">
            Code sample language{use.lang ? '' : <span className="not-used"> (only used by option 1)</span>}
          </label>
          <select
            id="f-lang"
            value={answers.lang ?? 'python'}
            onChange={(e) => setChoice('lang', e.target.value as Lang)}
          >
            {LANG_CHOICES.map((l) => (
              <option key={l.value} value={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </div>
      </section>

      <section className="card" aria-labelledby="g-secrets">
        <h2 id="g-secrets">Secrets</h2>
        {choice(COPY_QUESTION, answers.copy)}
        {text(
          'kv',
          'Key Vault name',
          '3–24 letters, digits or hyphens, starting with a letter, no “--”.',
          'kv-myapp-prod',
        )}
        <ObjectsEditor objects={answers.objects} issues={engine.issues} envUsed={use.env} />
        {text(
          'mount',
          'Mount path',
          'An absolute path inside the container; empty means /mnt/secrets-store.',
          '/mnt/secrets-store',
        )}
      </section>

      <section className="card" aria-labelledby="g-identity">
        <h2 id="g-identity">Identity and cluster</h2>
        {choice(AUTH_QUESTION, answers.auth)}
        {text(
          'tenant',
          'Tenant ID of the vault',
          'A GUID: az keyvault show -n <vault> --query properties.tenantId -o tsv',
          '00000000-0000-0000-0000-000000000000',
        )}
        {text(
          'client',
          'Client ID of the identity',
          'A GUID: the client (application) ID, not the object ID.',
          '00000000-0000-0000-0000-000000000000',
        )}
        <div className="field">
          <label htmlFor="f-cloud">Azure cloud</label>
          <select
            id="f-cloud"
            value={answers.cloud ?? 'AzurePublicCloud'}
            onChange={(e) => setChoice('cloud', e.target.value as Cloud)}
          >
            {CLOUD_VALUES.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        {text(
          'rg',
          'Resource group',
          'Used in the az commands; 1–90 letters, digits, _ - . ( ).',
          'rg-myapp',
        )}
        {text('cluster', 'AKS cluster name', 'Used in the az commands.', 'aks-myapp')}
      </section>

      <section className="card" aria-labelledby="g-names">
        <h2 id="g-names">Names</h2>
        {text(
          'app',
          'Application name',
          'Lowercase letters, digits and hyphens (DNS-1123 label); names the Deployment.',
          'my-app',
        )}
        {text('ns', 'Namespace', 'Lowercase letters, digits and hyphens; empty means default.', 'default')}
        {text(
          'sa',
          'Service account',
          'Lowercase DNS-1123 name; empty means the application name.',
          engine.resolved.app,
        )}
        {text(
          'spc',
          'SecretProviderClass name',
          'Lowercase DNS-1123 name; must be in the pod’s namespace.',
          engine.resolved.spc,
        )}
      </section>
    </div>
  )
}
