import { useId, useState, type DragEvent } from 'react'
import { useAnswers } from '../../state/answers-store.ts'
import { FindingCard } from './finding-card.tsx'
import { LogOffers } from './log-offers.tsx'
import { useDiagnosis } from './use-diagnosis.ts'

/** Files larger than this are refused before reading: no log a person pastes is this big. */
const MAX_FILE_BYTES = 64 * 1024 * 1024

/**
 * "Something fails?": paste or drop what Kubernetes printed, get the cause and the fix. The text lives only in
 * this component's state: never in the store, so never in the link or the saved answers.
 */
export default function DiagnosePanel() {
  const answers = useAnswers((s) => s.answers)
  const [text, setText] = useState('')
  const [fileNote, setFileNote] = useState('')
  const state = useDiagnosis(text, answers)
  const ids = { text: useId(), file: useId(), privacy: useId() }

  const readFile = async (file: File | undefined) => {
    if (!file) return
    if (file.size > MAX_FILE_BYTES) {
      setFileNote(`${file.name} is ${(file.size / 1024 / 1024).toFixed(0)} MB; pick a log under 64 MB.`)
      return
    }
    setText(await file.text())
    setFileNote(`Read ${file.name}.`)
  }
  const onDrop = (e: DragEvent) => {
    if (e.dataTransfer.files.length === 0) return
    e.preventDefault()
    void readFile(e.dataTransfer.files[0])
  }

  return (
    <section className="card diagnose" id="diagnose" aria-labelledby="diagnose-title">
      <h2 id="diagnose-title">Something fails?</h2>
      <p id={ids.privacy} className="hint">
        Paste what <code>kubectl describe pod</code>, <code>kubectl get events</code> or the pod&apos;s log
        says. The text stays in this browser: it is not put in the link and not saved, and tokens or passwords
        in it are never shown back in full.
      </p>
      <label htmlFor={ids.text} className="diagnose-label">
        What Kubernetes printed
      </label>
      <textarea
        id={ids.text}
        className="diagnose-input"
        rows={10}
        spellCheck={false}
        autoComplete="off"
        value={text}
        aria-describedby={ids.privacy}
        onChange={(e) => setText(e.target.value)}
        onDragOver={(e) => e.preventDefault()}
        onDrop={onDrop}
        placeholder="Paste here, or drop a file"
      />
      <div className="file-toolbar">
        <label htmlFor={ids.file}>Or pick a file:</label>
        <input
          id={ids.file}
          type="file"
          accept=".txt,.log,.out,text/plain"
          onChange={(e) => void readFile(e.target.files?.[0])}
        />
        <button type="button" onClick={() => (setText(''), setFileNote(''))} disabled={text === ''}>
          Clear
        </button>
        <span role="status" aria-live="polite">
          {fileNote}
        </span>
      </div>
      <Result state={state} />
    </section>
  )
}

function Result({ state }: { state: ReturnType<typeof useDiagnosis> }) {
  if (state.status === 'empty') return null
  if (state.status === 'failed')
    return <p role="alert">The diagnosis could not be loaded; reload the page and paste again.</p>
  if (state.status === 'reading')
    return (
      <p role="status" aria-busy="true">
        Reading the text…
      </p>
    )
  const { findings, notices, collectNext } = state.diagnosis
  return (
    <div className="diagnose-result">
      <LogOffers offers={state.offers} />
      {notices.map((n) => (
        <p key={n} className="hint">
          {n}
        </p>
      ))}
      <p role="status" aria-live="polite" className="diagnose-summary">
        {findings.length === 0
          ? 'No failure recognised in this text.'
          : `${findings.length} ${findings.length === 1 ? 'failure' : 'failures'} recognised, most likely cause first.`}
      </p>
      {findings.map((f, i) => (
        <FindingCard key={`${f.id}-${f.evidence.line}`} finding={f} n={i + 1} />
      ))}
      {collectNext.length > 0 ? (
        <>
          <p>Collect one of these and paste it here:</p>
          <ul className="diagnose-collect">
            {collectNext.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
