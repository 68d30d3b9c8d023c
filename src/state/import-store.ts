import { create } from 'zustand'
import type { Answers } from '../domain/index.ts'
import { useAnswers } from './answers-store.ts'

/**
 * Manifests the user imported. Not an answer: they never go into the link (they can hold anything), only
 * into this browser's storage, so a reload keeps them.
 */
export interface ImportedFile {
  name: string
  text: string
}

export interface ImportState {
  /** The pasted text, then each picked or dropped file. */
  files: ImportedFile[]
  /** The answers before the import last filled them, so that can be undone. */
  beforeFill?: Answers
}

export const IMPORT_STORAGE_KEY = 'akv-wizard:import'
export const PASTED = 'pasted.yaml'

function saved(): ImportedFile[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(IMPORT_STORAGE_KEY) ?? '[]')
    return Array.isArray(parsed)
      ? parsed.flatMap((f: unknown) =>
          typeof f === 'object' && f !== null && 'name' in f && 'text' in f
            ? [{ name: String(f.name), text: String(f.text) }]
            : [],
        )
      : []
  } catch {
    return []
  }
}

export const useImport = create<ImportState>()(() => ({ files: saved() }))

useImport.subscribe((s) => {
  try {
    localStorage.setItem(IMPORT_STORAGE_KEY, JSON.stringify(s.files))
  } catch {
    // Too big for storage, or storage is off: the import still works until the page is closed.
  }
})

export function setPasted(text: string): void {
  useImport.setState((s) => ({
    files: [{ name: PASTED, text }, ...s.files.filter((f) => f.name !== PASTED)],
  }))
}

export function addFiles(files: readonly ImportedFile[]): void {
  useImport.setState((s) => {
    const names = new Set(files.map((f) => f.name))
    return { files: [...s.files.filter((f) => !names.has(f.name)), ...files] }
  })
}

export function removeFile(name: string): void {
  useImport.setState((s) => ({ files: s.files.filter((f) => f.name !== name) }))
}

/** Sets the answers the import can tell (vault, objects, names), keeping the others; undoable. */
export function fillFromImport(next: Answers): void {
  const before = useAnswers.getState().answers
  useAnswers.setState({ answers: next })
  useImport.setState({ beforeFill: before })
}

export function undoFill(): void {
  const { beforeFill } = useImport.getState()
  if (!beforeFill) return
  useAnswers.setState({ answers: beforeFill })
  useImport.setState({ beforeFill: undefined })
}
