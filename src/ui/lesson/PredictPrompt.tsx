import { useRef } from 'react'
import { getRegion } from '../../anatomy/regions'
import { sceneBridge } from '../../api/chainExplorer'
import { predictCandidates } from '../../lesson/lesson'
import { useAppStore } from '../../state/store'
import { useAnimationFrame } from '../chain/useAnimationFrame'

/** How often the markers look for their regions again: each look raycasts the skeleton. */
const FOLLOW_MS = 200

/**
 * "Predict the next link": the question, and a lettered marker on every region that could be the
 * answer, so the class can call out a letter. The next press of the clicker reveals the link.
 */
export function PredictPrompt() {
  const chain = useAppStore((s) => s.chain)
  const slide = useAppStore((s) => (s.lesson ? s.slides[s.slide] : undefined))
  const markers = useRef(new Map<string, HTMLSpanElement>())
  const last = useRef(0)

  // The markers follow the walking skeleton without re-rendering: their positions are written directly.
  useAnimationFrame(() => {
    const now = performance.now()
    if (now - last.current < FOLLOW_MS) return
    last.current = now
    for (const [key, el] of markers.current) {
      const p = sceneBridge.adapter?.screenPosition(key as never)
      el.hidden = !p
      if (p) el.style.transform = `translate(${p.x}px, ${p.y}px)`
    }
  })

  if (!chain || slide?.kind !== 'predict') return null
  const candidates = predictCandidates(chain, slide.step)
  return (
    <>
      <section className="predict-prompt" aria-live="polite" data-predict-step={slide.step}>
        <p className="predict-prompt__question">Which region takes the strain next?</p>
        <p className="predict-prompt__hint">
          After: {chain.links[slide.step - 1]!.title}. Page Down reveals the answer.
        </p>
      </section>
      <ol className="predict-markers" aria-label="Possible answers">
        {candidates.map((key, i) => (
          <li key={key}>
            <span
              className="predict-marker"
              data-region={key}
              hidden
              ref={(el) => {
                if (el) markers.current.set(key, el)
                else markers.current.delete(key)
              }}
            >
              <b>{String.fromCharCode(65 + i)}</b>
              <span className="visually-hidden">{getRegion(key).label}</span>
            </span>
          </li>
        ))}
      </ol>
    </>
  )
}
