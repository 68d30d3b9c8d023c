import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { CLIENT, seedAnswers, TENANT } from './answers.ts'
import { readState, runWithStubs, type ScriptRun, type StubWorld } from './run-script.ts'
import type { Answers, Auth, OptionId } from '../domain/answers/model.ts'
import { runnableFolder } from '../domain/generate/bundle.ts'
import { generate } from '../domain/generate/index.ts'

/** What the script-run tests share: a world for the stand-in tools, the downloaded folder, a run. */

export const ADDON_OBJECT_ID = '0d4c7f6e-1111-4a2b-9c3d-444455556666'
export const SP_OBJECT_ID = '7e6d5c4b-2222-4b3a-8d4e-777788889999'
export const EXISTING_PRINCIPAL = '5a4b3c2d-3333-4c5d-9e6f-aaaabbbbcccc'

const cleanup: string[] = []
afterAll(() => cleanup.forEach((dir) => rmSync(dir, { recursive: true, force: true })))
export const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cleanup.push(dir)
  return dir
}

/** A cluster and vault that have nothing of this app yet; the identities the answers name exist. */
export const freshWorld = (overrides: Partial<StubWorld> = {}): StubWorld => ({
  vaultTenant: TENANT,
  rbac: true,
  addonClientId: CLIENT,
  addonObjectId: ADDON_OBJECT_ID,
  identities: [
    { rg: 'rg-identities', name: 'shared-identity', clientId: CLIENT, principalId: EXISTING_PRINCIPAL },
  ],
  servicePrincipals: [{ clientId: CLIENT, objectId: SP_OBJECT_ID }],
  ...overrides,
})

/** Writes the option's runnable folder (what "Download all" and --out hold); returns the folder. */
export function writeFolder(answers: Answers, option: OptionId): { folder: string; manifests: string[] } {
  const folder = tempDir('akv-folder-')
  const generated = generate(answers, option)
  for (const f of runnableFolder(generated, [])) writeFileSync(join(folder, f.name), f.content)
  return { folder, manifests: generated.files.filter((f) => f.kind === 'manifest').map((f) => f.name) }
}

export function run(folder: string, state: string): ScriptRun {
  return runWithStubs(join(folder, 'azure-setup.sh'), state, tempDir('akv-cwd-'))
}

export const applied = (state: string): string[] =>
  (readState(state, 'k8s/applied.log') ?? '').split('\n').filter((l) => l !== '')

export const answersFor = (option: OptionId, auth: Auth, fields: Partial<Answers> = {}): Answers => ({
  ...seedAnswers(),
  opt: option,
  auth,
  cmd: 'python app.py',
  ...fields,
})
