import { describe, expect, it } from 'vitest'
import { seedAnswers } from '../../test-support/answers.ts'
import { decodePermalink, encodePermalink } from '../permalink/codec.ts'
import { syncLever } from './levers.ts'
import { recommend } from './recommend.ts'

// Issue 17: option 3 on the driver's sync names the planned deprecation, with both sources, and ESO as
// the supported path; `sync=eso` takes that path.

const copyCell = (sync?: 'csi' | 'eso') => {
  const rec = recommend({ ...seedAnswers(), ...(sync ? { sync } : {}) })
  return { rec, cell: rec.table.find((row) => row.key === 'copy')?.cells[3] }
}

describe('option 3 and what writes its Secret', () => {
  it('the driver’s sync (the default): a caveat and a warning that name #1631, #1565 and ESO', () => {
    for (const sync of [undefined, 'csi'] as const) {
      const { rec, cell } = copyCell(sync)
      expect(cell?.verdict).toBe('caveat')
      expect(cell?.reason).toMatch(/planned to be deprecated.*#1631.*#1565.*External Secrets Operator/)
      const warning = rec.warnings.find((w) => w.id === 'csi-sync-deprecation-planned')
      expect(warning?.text).toContain('kubernetes-sigs/secrets-store-csi-driver#1631')
      expect(warning?.text).toContain('Azure/secrets-store-csi-driver-provider-azure#1565')
      expect(warning?.remedy).toContain('sync=eso')
      // The verdict, not only a warning: the reasons name it too.
      expect(rec.reasons.join(' ')).toContain('planned to be deprecated')
    }
  })

  it('External Secrets Operator: fits, no deprecation warning, and still option 3', () => {
    const { rec, cell } = copyCell('eso')
    expect(rec.recommended).toBe(3)
    expect(cell?.verdict).toBe('fits')
    expect(cell?.reason).toContain('External Secrets Operator')
    expect(rec.warnings.map((w) => w.id)).not.toContain('csi-sync-deprecation-planned')
  })

  it('the lever offers sync=eso for option 3 on the driver’s sync, and only then', () => {
    const lever = syncLever(seedAnswers(), 3)
    expect(lever?.changes).toEqual([
      {
        key: 'sync',
        value: 'eso',
        question: 'Kubernetes Secret written by',
        answer: 'External Secrets Operator',
        was: 'The CSI driver’s sync (default)',
      },
    ])
    expect(syncLever({ ...seedAnswers(), sync: 'eso' }, 3)).toBeUndefined()
    expect(syncLever(seedAnswers(), 2)).toBeUndefined()
  })

  it('a link without sync reads as the driver’s sync and writes no sync key; sync=eso round-trips', () => {
    const seed = encodePermalink(seedAnswers())
    expect(seed).not.toContain('sync=')
    expect(decodePermalink(seed).answers.sync).toBeUndefined()
    const eso = encodePermalink({ ...seedAnswers(), sync: 'eso' })
    expect(eso).toContain('&sync=eso&')
    expect(decodePermalink(eso).answers.sync).toBe('eso')
  })
})
