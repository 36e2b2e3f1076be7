import { useRef, useState } from 'react'
import { getRegion } from '../../anatomy/regions'
import { livePlayback } from '../../state/livePlayback'
import { SPEEDS, appStore, problemSide, useActions, useAppStore, type NormalGhost } from '../../state/store'
import { ConditionPicker } from '../ConditionPicker'
import { CompareChooser } from './CompareChooser'
import { ChartIcon, NextIcon, PauseIcon, PlayIcon, PreviousIcon, SettingsIcon } from '../icons'
import { useAnimationFrame } from './useAnimationFrame'
import './ChainControls.css'

const GHOSTS: { value: NormalGhost; label: string }[] = [
  { value: 'off', label: 'Off' },
  { value: 'beside', label: 'Beside' },
  { value: 'over', label: 'Over' },
]

/**
 * Playback of the chosen chain in one row: previous/next link, play/pause, a scrub bar over the gait
 * cycle, speed; the condition, side, severity and normal-walking ghost sit behind a settings button.
 */
export function ChainControls() {
  const chain = useAppStore((s) => s.chain)
  const step = useAppStore((s) => s.step)
  const playing = useAppStore((s) => s.playing)
  const speed = useAppStore((s) => s.speed)
  const severity = useAppStore((s) => s.severity)
  const region = useAppStore((s) => s.region)
  const side = useAppStore((s) => problemSide(s))
  const ghost = useAppStore((s) => s.normalGhost)
  const chartsVisible = useAppStore((s) => s.chartsVisible)
  const { togglePlay, next, previous, setSpeed, setSeverity, setSide, setNormalGhost, scrubTo, setChartsVisible } = useActions()
  const [settingsOpen, setSettingsOpen] = useState(false)
  const scrub = useRef<HTMLInputElement>(null)
  const dragging = useRef(false)

  // The scrub thumb follows the walk unless the user is holding it. A scrub the scene has not taken yet
  // shows as asked: else keys pressed faster than frames were undone by the old phase. Through
  // valueAsNumber, not value: React wraps an input's `value` to track it, a cost every frame.
  useAnimationFrame(() => {
    const el = scrub.current
    const request = appStore.getState().phaseRequest
    const phase = request && request.id !== livePlayback.phaseRequestTaken ? request.phase : livePlayback.phase
    const value = Math.round(phase * 1000)
    if (el && !dragging.current && el.valueAsNumber !== value) el.valueAsNumber = value
  })

  if (!chain || !region) return null
  const central = getRegion(region).side === null
  return (
    <div className="chain-controls" role="group" aria-label="Chain playback">
      <button type="button" className="control-button" onClick={previous} disabled={step === 0} aria-label="Previous link" aria-keyshortcuts="PageUp ArrowLeft" title="Previous link (Page Up)">
        <PreviousIcon />
      </button>
      <button
        type="button"
        className="control-button control-button--primary"
        onClick={togglePlay}
        aria-label={playing ? 'Pause' : 'Play'}
        aria-keyshortcuts="Space K"
        title={playing ? 'Pause (Space)' : 'Play (Space)'}
      >
        {playing ? <PauseIcon /> : <PlayIcon />}
      </button>
      <button
        type="button"
        className="control-button"
        onClick={next}
        disabled={step === chain.links.length - 1}
        aria-label="Next link"
        aria-keyshortcuts="PageDown ArrowRight"
        title="Next link (Page Down)"
      >
        <NextIcon />
      </button>
      <span className="chain-controls__count">
        {step + 1}/{chain.links.length}
      </span>
      <label className="scrub">
        <span className="visually-hidden">Moment in the stride</span>
        <input
          ref={scrub}
          type="range"
          min={0}
          max={1000}
          step={1}
          defaultValue={0}
          title="Drag to move through one stride (pauses the animation)"
          onPointerDown={() => (dragging.current = true)}
          onPointerUp={() => (dragging.current = false)}
          onBlur={() => (dragging.current = false)}
          onInput={(e) => scrubTo(Number(e.currentTarget.value) / 1000)}
        />
      </label>
      <label className="setting">
        <span className="visually-hidden">Speed</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} title="Speed">
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <CompareChooser />
      <button type="button" className="control-button" aria-label="Joint-angle charts" aria-pressed={chartsVisible} title="Joint-angle charts" onClick={() => setChartsVisible(!chartsVisible)}>
        <ChartIcon />
      </button>
      <button
        type="button"
        className="control-button"
        aria-label="Condition, side, severity and normal walking"
        aria-expanded={settingsOpen}
        aria-controls="chain-settings"
        title="Condition, side, severity and normal walking"
        onClick={() => setSettingsOpen(!settingsOpen)}
      >
        <SettingsIcon />
      </button>
      {settingsOpen && (
        <div className="chain-settings" id="chain-settings" role="group" aria-label="Chain settings">
          <ConditionPicker />
          <div className="setting" role="radiogroup" aria-label={central ? 'Side of the problem' : 'Leg with the problem'}>
            <span aria-hidden="true">{central ? 'Side' : 'Leg'}</span>
            {(['left', 'right'] as const).map((s) => (
              <button key={s} type="button" role="radio" aria-checked={side === s} className="segment" onClick={() => setSide(s)}>
                {s === 'left' ? 'Left' : 'Right'}
              </button>
            ))}
          </div>
          <label className="setting">
            <span>Severity</span>
            <input
              type="range"
              min={0}
              max={100}
              step={5}
              value={Math.round(severity * 100)}
              aria-valuetext={`${Math.round(severity * 100)} percent`}
              onChange={(e) => setSeverity(Number(e.target.value) / 100)}
            />
            <output>{Math.round(severity * 100)} %</output>
          </label>
          <label className="setting">
            <span>Normal walking</span>
            <select value={ghost} onChange={(e) => setNormalGhost(e.target.value as NormalGhost)}>
              {GHOSTS.map((g) => (
                <option key={g.value} value={g.value}>
                  {g.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
    </div>
  )
}
