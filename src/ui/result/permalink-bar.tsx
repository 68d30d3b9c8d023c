import { currentPermalink } from '../../state/persistence.ts'
import { copyText } from '../common/clipboard.ts'
import { focusField } from '../common/focus-field.ts'
import { useConfirmation } from '../common/use-confirmation.ts'

/** The link to these answers, for tickets and design reviews. */
export function PermalinkBar() {
  const [confirmation, confirm] = useConfirmation()
  const copy = async () =>
    confirm(
      (await copyText(currentPermalink())) ? 'Link copied' : 'Copy failed: copy it from the address bar',
    )
  return (
    <div className="permalink-bar">
      <button type="button" data-testid="copy-link" onClick={copy}>
        Copy link to these answers
      </button>
      <span className="confirmation" role="status" aria-live="polite">
        {confirmation}
      </span>
      <button type="button" className="link jump" onClick={() => focusField('files')}>
        Jump to the files ↓
      </button>
    </div>
  )
}
