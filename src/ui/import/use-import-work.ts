import { useEffect, useState, useSyncExternalStore } from 'react'
import type { Answers } from '../../domain/index.ts'
import type { ImportedFile } from '../../state/import-store.ts'
import { ImportJobs, type ImportJobState } from './import-jobs.ts'

export interface ImportWork extends ImportJobState {
  cancel: () => void
  retry: () => void
}

/** The import of `files` with `answers`, worked out off the page's thread (import-jobs.ts). */
export function useImportWork(files: readonly ImportedFile[], answers: Answers): ImportWork {
  const [jobs] = useState(() => new ImportJobs())
  useEffect(() => jobs.update(files, answers), [jobs, files, answers])
  useEffect(() => () => jobs.dispose(), [jobs])
  const state = useSyncExternalStore(jobs.subscribe, jobs.snapshot)
  return { ...state, cancel: jobs.cancel, retry: jobs.retry }
}
