import type { Answers } from '../../domain/index.ts'
import { forgetSavedImport, keepImport, type ImportedFile } from '../../state/import-store.ts'
import type { ImportFile, ImportReply, ImportRequest } from './import-work.ts'

/** The longest one reading may take; then the worker is ended and the page says so. */
export const IMPORT_BUDGET_MS = 15_000

export type Stopped = 'timeout' | 'cancelled' | 'failed'

export interface ImportJobState {
  /** The last answer of the worker, kept on screen while the next is worked out. */
  reply?: ImportReply
  /** The files as read, Secret values blanked (from the reply that read them). */
  kept?: ImportFile[]
  /** Whether the worker is reading or migrating now. */
  busy: boolean
  /** Why the last reading stopped before it ended; not tried again until the files change or `retry()`. */
  stopped?: Stopped
}

const newWorker = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' })

/**
 * The import worked out in a Web Worker: one request at a time, the latest files and answers sent when the
 * worker is free again, a time budget and a cancel that end the worker. What read without error is kept
 * for a reload (Secret values blanked by the worker); anything else is forgotten.
 */
export class ImportJobs {
  private state: ImportJobState = { busy: false }
  private listeners = new Set<() => void>()
  private worker: Worker | undefined
  private job: { id: number; files: readonly ImportedFile[]; timer: number } | undefined
  private sentFiles: readonly ImportedFile[] | undefined
  private sentAnswers: Answers | undefined
  private stoppedFor: readonly ImportedFile[] | undefined
  private latest: { files: readonly ImportedFile[]; answers: Answers } | undefined
  private nextId = 0

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  snapshot = (): ImportJobState => this.state

  update(files: readonly ImportedFile[], answers: Answers): void {
    this.latest = { files, answers }
    this.send()
  }

  cancel = (): void => this.stop('cancelled')

  retry = (): void => {
    this.stoppedFor = undefined
    this.send()
  }

  dispose(): void {
    this.worker?.terminate()
    this.worker = undefined
    if (this.job) window.clearTimeout(this.job.timer)
    this.job = undefined
    this.sentFiles = undefined
    this.sentAnswers = undefined
  }

  private set(next: Partial<ImportJobState>): void {
    this.state = { ...this.state, ...next }
    this.listeners.forEach((l) => l())
  }

  private stop(why: Stopped): void {
    this.dispose()
    this.stoppedFor = this.latest?.files
    forgetSavedImport()
    this.set({ busy: false, reply: undefined, kept: undefined, stopped: why })
  }

  private send(): void {
    const latest = this.latest
    if (!latest || this.job || this.stoppedFor === latest.files) return
    const { files, answers } = latest
    if (this.sentFiles === files && this.sentAnswers === answers) return // the reply on screen is current
    if (files.length === 0) {
      forgetSavedImport()
      this.set({ reply: undefined, kept: undefined, stopped: undefined })
      return
    }
    const worker = this.worker ?? this.start()
    if (!worker) return
    const id = ++this.nextId
    const changed = this.sentFiles !== files
    const request: ImportRequest = {
      id,
      answers,
      ...(changed
        ? { files: files.map((f) => ({ name: f.name, text: f.text, ...(f.pasted ? { pasted: true } : {}) })) }
        : {}),
    }
    if (changed) forgetSavedImport() // kept again once it has read
    this.sentFiles = files
    this.sentAnswers = answers
    this.job = { id, files, timer: window.setTimeout(() => this.stop('timeout'), IMPORT_BUDGET_MS) }
    this.set({ busy: true, stopped: undefined })
    worker.postMessage(request)
  }

  private start(): Worker | undefined {
    try {
      const worker = newWorker()
      worker.onmessage = (event: MessageEvent<ImportReply>) => this.answered(event.data)
      worker.onerror = () => this.stop('failed')
      this.worker = worker
      return worker
    } catch {
      this.stop('failed')
      return undefined
    }
  }

  private answered(reply: ImportReply): void {
    const done = this.job
    if (!done || reply.id !== done.id) return
    window.clearTimeout(done.timer)
    this.job = undefined
    if (reply.failed !== undefined) return this.stop('failed')
    const { kept, keptJson, ...rest } = reply
    const read = reply.errors.length === 0
    this.set({ reply: rest, busy: false, ...(kept ? { kept } : read ? {} : { kept: undefined }) })
    if (done.files === this.latest?.files && (keptJson !== undefined || !read)) {
      if (keptJson !== undefined) keepImport(keptJson)
      else forgetSavedImport()
    }
    this.send()
  }
}
