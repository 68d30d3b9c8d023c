import type { LogAnswer } from '../../domain/diagnose/index.ts'
import { questionTitle } from '../../domain/index.ts'
import { setText } from '../../state/answers-store.ts'
import { useConfirmation } from '../common/use-confirmation.ts'

const WORD: Record<LogAnswer['key'], string> = { tenant: 'tenant', client: 'client ID' }

/**
 * Values the pasted text gives for answers still missing: one button each, "Use tenant 72f988bf… from this
 * log", which sets the answer through the store's setter as typing it would (so the link and the files
 * follow). An offer goes once its answer is given; the confirmation stays.
 */
export function LogOffers({ offers }: { offers: readonly LogAnswer[] }) {
  const [confirmation, confirm] = useConfirmation()
  const status = (
    <p className="confirmation" role="status" aria-live="polite">
      {confirmation}
    </p>
  )
  // Kept mounted once the offers are taken, so the confirmation is still said.
  if (offers.length === 0) return status
  return (
    <section className="log-offers" aria-labelledby="log-offers-title" data-testid="log-offers">
      <h3 id="log-offers-title">This text answers what the files still miss</h3>
      <ul>
        {offers.map((o) => (
          <li key={`${o.key}:${o.value}`}>
            <button
              type="button"
              onClick={() => {
                setText(o.key, o.value)
                confirm(`${questionTitle(o.key)} set to ${o.value}: the link and the files use it now.`)
              }}
            >
              Use {WORD[o.key]} {o.value.slice(0, 8)}… from this log
            </button>{' '}
            <span className="hint">
              <code>{o.value}</code>, {o.why}, line {o.line}.
            </span>
          </li>
        ))}
      </ul>
      {status}
    </section>
  )
}
