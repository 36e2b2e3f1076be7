import { RED_FLAGS, type RedFlagId } from '../../content/redFlags'
import { toPlainText } from '../../content/richText'
import { useAppStore } from '../../state/store'
// Presenter mode's sheet (the projected page's layout and the presenter window's): loaded with the
// presenter bar, which shows this text.
import './presenter.css'

/**
 * Presenter mode's side text: the chain's "At a glance" (about a hundred words), in place of the full
 * panel that no one in the back row could read. The link on screen is marked in the chain list.
 */
/** The panel's urgent signs, with the young-person sign always among them (as in the panel). */
function helpFlags(ids: readonly RedFlagId[]): readonly RedFlagId[] {
  return ids.includes('young-person-limp') ? ids : [...ids, 'young-person-limp']
}

export function AtAGlance() {
  const chain = useAppStore((s) => s.chain)
  const step = useAppStore((s) => s.step)
  const shown = useAppStore((s) => s.mode === 'present' && s.presenterPanel === 'glance')
  const onCard = useAppStore((s) => s.lesson !== null && s.slides[s.slide]?.kind === 'card')
  if (!chain || !shown || onCard) return null
  const glance = chain.condition.panel.atAGlance
  const text = (t: string) => toPlainText(t, { side: chain.side })
  return (
    <aside className="presenter-glance" aria-label="At a glance">
      <h2 className="presenter-glance__title">{chain.condition.label}</h2>
      <p>{text(glance.whatGoesWrong)}</p>
      <ol className="presenter-glance__chain">
        {glance.chain.map((line, i) => (
          <li key={i} aria-current={i === step ? 'step' : undefined}>
            {text(line)}
          </li>
        ))}
      </ol>
      {/* The urgent signs stay one tap away on the projected screen too (the full panel is hidden here). */}
      <details className="presenter-glance__help">
        <summary>Get help now: the urgent signs</summary>
        <ul>
          {helpFlags(chain.condition.panel.getHelpNow).map((id) => (
            <li key={id}>{RED_FLAGS[id].text}</li>
          ))}
        </ul>
      </details>
    </aside>
  )
}
