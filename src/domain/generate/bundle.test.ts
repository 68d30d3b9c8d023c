import { describe, expect, it } from 'vitest'
import { seedAnswers } from '../../test-support/answers.ts'
import { runnableFolder } from './bundle.ts'
import { generate } from './index.ts'

const readmeOf = (files: { name: string; content: string }[]): string =>
  files.find((f) => f.name === 'README.md')?.content ?? ''

describe('runnableFolder', () => {
  it('holds every generated file unchanged, then a README', () => {
    for (const option of [1, 2, 3] as const) {
      const g = generate({ ...seedAnswers(), cmd: 'python app.py' }, option)
      const folder = runnableFolder(g, [])
      expect(folder.map((f) => f.name)).toEqual([...g.files.map((f) => f.name), 'README.md'])
      for (const f of g.files) expect(folder.find((x) => x.name === f.name)?.content).toBe(f.content)
    }
  })

  it('says what to run in order: the script applies the manifests in its folder, in apply order', () => {
    const g = generate({ ...seedAnswers(), auth: 'workload' }, 2)
    const readme = readmeOf(runnableFolder(g, []))
    expect(readme).toMatch(/^# Option 2: Secrets Store CSI driver, mounted files$/m)
    expect(readme).toMatch(
      /^1\. Read `azure-setup\.sh`, then run it with `bash azure-setup\.sh` from any directory/m,
    )
    expect(readme).toContain(
      'the manifests of this folder: `serviceaccount.yaml`, `configmap.yaml`, `secretproviderclass.yaml`, `deployment.yaml`.',
    )
    expect(readme).toContain('None: every value the files need is filled in.')
  })

  it('with a system-assigned node identity, says the script stops before any change instead of applying', () => {
    const readme = readmeOf(runnableFolder(generate({ ...seedAnswers(), auth: 'system' }, 2), []))
    expect(readme).toContain('then stops before changing anything: AKS does not support the identity chosen')
    expect(readme).not.toContain('then applies')
  })

  it('option 1: the code sample is a step of its own', () => {
    const readme = readmeOf(runnableFolder(generate({ ...seedAnswers(), lang: 'go' }, 1), []))
    expect(readme).toMatch(/^2\. Build what `main\.go` shows into the app/m)
  })

  it('lists every placeholder by its permalink key, and asks to fill them in first', () => {
    const readme = readmeOf(
      runnableFolder(generate(seedAnswers(), 3), [
        { key: 'rg', message: 'The resource group is needed' },
        { key: 'o[1]', message: 'The Key Vault object name is needed' },
      ]),
    )
    expect(readme).toMatch(/^1\. Fill in the values listed under "Still placeholders"/m)
    expect(readme).toContain(
      '- `rg`: The resource group is needed\n- `o[1]`: The Key Vault object name is needed\n',
    )
  })
})
