import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptyAnswers, type Answers } from '../answers/model.ts'
import { assess } from '../assess.ts'
import { decodePermalink } from '../permalink/codec.ts'
import { SEED, SEED_FRAGMENT } from '../../test-support/seeds.ts'
import { createStubState, runWithStubs } from '../../test-support/run-script.ts'
import { finishSteps } from './finish.ts'

const seed = (): Answers => decodePermalink(SEED_FRAGMENT).answers
const stepsOf = (answers: Answers) => {
  const a = assess(answers)
  return finishSteps(a.missing, a.plan, answers)
}

/** Runs one command line with the stand-in az on PATH and returns what it printed. */
function runCommand(command: string, state: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'akv-finish-'))
  writeFileSync(join(dir, 'run.sh'), `set -eu\n${command}\n`)
  const run = runWithStubs(join(dir, 'run.sh'), state, dir)
  expect(run.code, run.stderr).toBe(0)
  return run.stdout.trim()
}

describe('the Finish line: the values still missing, each with the command that prints it', () => {
  it('names the seed without its Azure values in the order the form asks them', () => {
    const answers = { ...seed(), image: '', tenant: '', client: '', rg: '', cluster: '' }
    expect(stepsOf(answers).map((s) => s.label)).toEqual([
      'image',
      'tenant',
      'client ID',
      'resource group',
      'cluster',
    ])
  })

  it('counts values, not placeholders: one step per answer however many files hold it', () => {
    const answers = { ...seed(), tenant: '' }
    const a = assess(answers)
    expect(finishSteps(a.missing, a.plan, answers)).toHaveLength(a.missing.length)
    expect(stepsOf(answers).map((s) => s.key)).toEqual(['tenant'])
  })

  it("prints the vault's tenant and the add-on identity's client ID (the seed's user-assigned identity)", () => {
    const answers = { ...seed(), tenant: '', client: '' }
    const steps = stepsOf(answers)
    const tenant = steps.find((s) => s.key === 'tenant')
    const client = steps.find((s) => s.key === 'client')
    expect(tenant?.command).toBe(`az keyvault show -n ${SEED.kv} --query properties.tenantId -o tsv`)
    expect(client?.command).toBe(
      `az aks show -g ${SEED.rg} -n ${SEED.cluster} --query addonProfiles.azureKeyvaultSecretsProvider.identity.clientId -o tsv`,
    )
    // Run with the stand-in az, each prints the value the files need, bare.
    const state = createStubState({
      vaultTenant: SEED.tenant,
      vaultName: SEED.kv,
      rbac: true,
      addonClientId: SEED.client,
      addonObjectId: '0d4c7f6e-1111-4a2b-9c3d-444455556666',
    })
    expect(runCommand(tenant?.command ?? '', state)).toBe(SEED.tenant)
    expect(runCommand(client?.command ?? '', state)).toBe(SEED.client)
  })

  it('asks the signed-in tenant while no vault is named, and the managed identity for workload identity', () => {
    const answers: Answers = { ...emptyAnswers(), code: 'yes', auth: 'workload', identity: 'existing' }
    const steps = stepsOf(answers)
    expect(steps.find((s) => s.key === 'tenant')?.command).toBe('az account show --query tenantId -o tsv')
    expect(steps.find((s) => s.key === 'client')?.command).toBe(
      'az identity show -g <resource-group> -n <identity-name> --query clientId -o tsv',
    )
    expect(steps.every((s) => s.command === undefined || / -o tsv$|jsonpath=/.test(s.command))).toBe(true)
    // The objects and the start command only the team knows: no command.
    expect(steps.find((s) => s.key === 'o')?.command).toBeUndefined()
  })

  it('names an object row without a name by its number', () => {
    const answers: Answers = { ...seed(), objects: [...seed().objects, { ...seed().objects[0]!, name: '' }] }
    expect(stepsOf(answers).map((s) => [s.key, s.label])).toEqual([['o[2]', 'object 2']])
  })
})
