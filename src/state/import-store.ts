import { create } from 'zustand'
import type { Answers } from '../domain/index.ts'
import { useAnswers } from './answers-store.ts'

/**
 * Manifests the user imported. Not an answer: they never go into the link (they can hold anything). This
 * browser's storage keeps them for a reload only once they have been read, and then without any Secret's
 * values (the import worker blanks them); text that does not read stays in this tab only.
 */
export interface ImportedFile {
  name: string
  text: string
  /** The paste box's text (named PASTED in messages), apart from any picked file of the same name. */
  pasted?: boolean
}

export interface ImportState {
  /** The pasted text, then each picked or dropped file. */
  files: ImportedFile[]
  /** The answers before the import last filled them, so that can be undone. */
  beforeFill?: Answers
  /**
   * An import saved by an earlier release, kept whole (Secret values included) and never read since: it is
   * read again only if the user asks, in case it is what stopped the page.
   */
  unread?: ImportedFile[]
}

export const IMPORT_STORAGE_KEY = 'akv-wizard:import'
export const PASTED = 'pasted.yaml'

const asFiles = (value: unknown): ImportedFile[] =>
  Array.isArray(value)
    ? value.flatMap((f: unknown) =>
        typeof f === 'object' && f !== null && 'name' in f && 'text' in f
          ? [
              {
                name: String(f.name),
                text: String(f.text),
                ...('pasted' in f && f.pasted ? { pasted: true } : {}),
              },
            ]
          : [],
      )
    : []

function saved(): Pick<ImportState, 'files' | 'unread'> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(IMPORT_STORAGE_KEY) ?? '{"v":2,"files":[]}')
    // Version 2 is what read without error, Secret values blanked; a bare array is an older release's.
    if (typeof parsed === 'object' && parsed !== null && 'v' in parsed && 'files' in parsed)
      return { files: asFiles(parsed.files) }
    const unread = asFiles(parsed).map((f) => (f.name === PASTED ? { ...f, pasted: true } : f))
    return unread.length > 0 ? { files: [], unread } : { files: [] }
  } catch {
    return { files: [] }
  }
}

export const useImport = create<ImportState>()(() => saved())

/**
 * Keeps the import for a reload: `{"v":2,"files":[...]}`, the files as read with Secret values blanked,
 * serialised by the import worker (so the page's thread only stores it).
 */
export function keepImport(json: string): void {
  try {
    localStorage.setItem(IMPORT_STORAGE_KEY, json)
  } catch {
    // Too big for storage, or storage is off: the import still works until the page is closed.
  }
}

/** Forgets the saved import: it changed and is not read yet, it failed, or it stopped the page. */
export function forgetSavedImport(): void {
  try {
    localStorage.removeItem(IMPORT_STORAGE_KEY)
  } catch {
    // nothing saved, or storage is off
  }
}

export function setPasted(text: string): void {
  useImport.setState((s) => ({
    files: [{ name: PASTED, text, pasted: true }, ...s.files.filter((f) => !f.pasted)],
  }))
}

/** Adds picked or dropped files; one of the same name replaces the earlier file, never the pasted text. */
export function addFiles(files: readonly ImportedFile[]): void {
  useImport.setState((s) => {
    const names = new Set(files.map((f) => f.name))
    return { files: [...s.files.filter((f) => f.pasted || !names.has(f.name)), ...files] }
  })
}

export function removeFile(name: string): void {
  useImport.setState((s) => ({ files: s.files.filter((f) => f.pasted || f.name !== name) }))
}

/** The user's answer about an earlier release's saved import: read it again, or let it go. */
export function readUnread(read: boolean): void {
  const { unread } = useImport.getState()
  if (!read) forgetSavedImport()
  useImport.setState({ unread: undefined, ...(read && unread ? { files: unread } : {}) })
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
