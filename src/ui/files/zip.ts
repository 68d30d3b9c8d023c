import type { Zippable } from 'fflate'
import { downloadBytes } from '../common/clipboard.ts'

export interface FolderFile {
  name: string
  content: string
}

/**
 * One zip archive of a folder, built in the page (fflate, loaded on demand): the script keeps its
 * executable bit so `./azure-setup.sh` runs after unpacking.
 */
export async function zipFolder(folder: string, files: readonly FolderFile[]): Promise<Uint8Array> {
  const { strToU8, zipSync } = await import('fflate')
  const entries: Zippable = {}
  for (const f of files) {
    entries[`${folder}/${f.name}`] = [
      strToU8(f.content),
      { os: 3, attrs: (f.name.endsWith('.sh') ? 0o755 : 0o644) << 16 },
    ]
  }
  return zipSync(entries, { level: 6 })
}

export async function downloadFolder(folder: string, files: readonly FolderFile[]): Promise<void> {
  downloadBytes(`${folder}.zip`, await zipFolder(folder, files), 'application/zip')
}
