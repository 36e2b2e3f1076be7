import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import { getRegion, isRegionKey, mirrorRegion, type RegionKey, type Side } from '../anatomy/regions'
import { resolveChain } from '../chains/resolve'
import type { ResolvedChain } from '../chains/types'
import { conditionById, conditionsFor, defaultConditionFor, isConditionId, type ConditionId } from '../conditions'
import { compareProblem, type CompareWith } from './compare'

export type { CompareWith } from './compare'
import { cardIndex, lessonRegion, lessonSlides, type Lesson, type LessonSlide } from '../lesson/lesson'

export type SceneStatus = 'loading' | 'ready' | 'context-lost' | 'unavailable' | 'model-error'

export interface Notice {
  /** Increases with every notice so the UI can tell a repeat from the same one. */
  id: number
  text: string
}

/** Named camera views: anatomical directions plus the starting view. */
export type CameraView = 'front' | 'back' | 'left' | 'right' | 'top' | 'gait-lab' | 'reset'

/** What the DOM asks of the camera; the scene carries it out (`id` makes a repeat a new request). */
export type CameraRequest = { id: number } & (
  | { kind: 'view'; view: CameraView }
  | { kind: 'turn'; azimuth: number; polar: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'pan'; right: number; up: number }
)

/** Explore for one person at a screen; present for a projector (large type, clicker keys). */
export type AppMode = 'explore' | 'present'

/** A blank screen a slide program would show (B or . black, W or , white), or null for the picture. */
export type BlankScreen = 'black' | 'white' | null

/** What presenter mode shows beside the skeleton: the short "At a glance" text, or nothing. */
export type PresenterPanel = 'glance' | 'hidden'

/**
 * Normal walking shown as well: hidden, beside the limping skeleton (the same thing as
 * `compare: 'normal'`), or as a translucent ghost over it.
 */
export type NormalGhost = 'off' | 'beside' | 'over'

/** The muscle layer: hidden, only the muscles the playing chain names, or every muscle. */
export type MuscleLayer = 'off' | 'chain' | 'all'
export const MUSCLE_LAYERS: readonly MuscleLayer[] = ['off', 'chain', 'all']

/** Playback speeds offered; the URL and the API accept these only. */
export const SPEEDS = [0.25, 0.5, 0.75, 1, 1.5, 2] as const
export const DEFAULT_SEVERITY = 0.8

export interface AppState {
  /** The chosen region, or null for the overview. */
  region: RegionKey | null
  /** The chosen condition of that region (one of conditionsFor(its kind)), or null for the overview. */
  condition: ConditionId | null
  /** The explanation panel can be closed while its region stays chosen (e.g. to watch the skeleton on a phone). */
  panelOpen: boolean
  notice: Notice | null
  sceneStatus: SceneStatus
  /** Which skeleton file is on screen: the small first-view model, then the full one. */
  modelDetail: 'none' | 'lite' | 'full'
  /** The 3D view's quality level on the ladder (src/quality/ladder.ts): 0 is the best. */
  quality: number
  /** Whether the WebGL view draws multisampled (smooth) edges; software renderers go without. */
  smoothEdges: boolean
  /** The region under the pointer or keyboard focus (shows its glow and name). */
  hoverRegion: RegionKey | null
  /** Whether the region name labels float over the skeleton. */
  labelsVisible: boolean
  /** Whether bones outside the chosen chain are drawn faint. */
  fadeOthers: boolean
  /** The last camera move asked for by a button or key. */
  cameraRequest: CameraRequest | null

  /** The chosen region's chain, with its sides resolved (null on the overview). */
  chain: ResolvedChain | null
  /** Index of the chain link on screen (0-based). */
  step: number
  /** Changes whenever someone other than the player moves the step, so the player seeks to it. */
  stepRequest: number
  playing: boolean
  speed: number
  /** How strong the problem is, 0..1. */
  severity: number
  /** Side of the problem for the lumbar spine and pelvis (sided regions carry their own side). */
  centralSide: Side
  normalGhost: NormalGhost
  /**
   * The compare view: a second skeleton beside the first playing another condition of the region's
   * kind, or normal walking; null when off. Always in step with `normalGhost` ('beside' ⇔ 'normal').
   */
  compare: CompareWith | null
  mode: AppMode
  /** A blank screen so the class looks at the teacher (any key returns). */
  blank: BlankScreen
  /** Presenter mode's side text: "At a glance" or nothing (the teacher's choice). */
  presenterPanel: PresenterPanel
  /** The lesson running, or null; while one runs, its slide decides region, condition and step. */
  lesson: Lesson | null
  /** The lesson's slides (derived from `lesson`, kept here so every reader agrees). */
  slides: readonly LessonSlide[]
  /** Index into `slides`. */
  slide: number
  /** Whether the joint-angle charts are shown beside the skeleton. */
  chartsVisible: boolean
  /** The last shortcut used, echoed on screen in presenter mode so the class can follow. */
  keyEcho: { text: string; id: number } | null
  /** The last phase asked for with the scrub bar; `id` changes with every request. */
  phaseRequest: { phase: number; id: number } | null
  /** Which muscles the 3D view shows ('chain': the ones the playing chain names). */
  muscleLayer: MuscleLayer
  /** Whether shown muscles brighten when they work in the stride (EMG timing). */
  muscleActivity: boolean
  /** The muscle mesh under the pointer (`muscle_<name>_<l|r>`), or null. */
  hoverMuscle: string | null
  /** Muscle meshes lit by a muscle word the pointer or focus is on in the panel. */
  highlightMuscles: readonly string[]
  actions: AppActions
}

export interface AppActions {
  /**
   * Choose a region (opens its panel and plays its chain) or go back to the overview with null.
   * `condition` picks one of the region's conditions (default: its first); throws on an unknown id or
   * one that starts elsewhere.
   */
  select: (key: RegionKey | null, options?: SelectOptions) => void
  /** Switches the chosen region to another of its conditions and restarts the chain (throws like select). */
  setCondition: (id: ConditionId) => void
  openPanel: () => void
  closePanel: () => void
  showNotice: (text: string) => void
  dismissNotice: () => void
  setSceneStatus: (status: SceneStatus) => void
  setModelDetail: (detail: 'lite' | 'full') => void
  /** Moves the 3D view to a level of the quality ladder (the scene's governor decides which). */
  setQuality: (level: number) => void
  /** Records whether the view's WebGL context was made with smooth edges (for the status line). */
  setSmoothEdges: (smooth: boolean) => void
  setHoverRegion: (key: RegionKey | null) => void
  setLabelsVisible: (visible: boolean) => void
  setFadeOthers: (fade: boolean) => void
  requestView: (view: CameraView) => void
  /** Turns the view by degrees (azimuth around the vertical, polar up and down). */
  turnView: (azimuth: number, polar: number) => void
  /** Zooms by a factor of the distance (< 1 closer). */
  zoomView: (factor: number) => void
  /** Moves the view sideways and up, metres. */
  panView: (right: number, up: number) => void
  /** Jump to a link (clamped to the chain); the animation moves there. */
  goToStep: (index: number) => void
  next: () => void
  previous: () => void
  /** The player reports the link it has reached while playing; no seek follows. */
  reportStep: (index: number) => void
  play: () => void
  pause: () => void
  togglePlay: () => void
  setSpeed: (speed: number) => void
  setSeverity: (severity: number) => void
  /** The side of the problem: for a sided region this switches to the mirrored region. */
  setSide: (side: Side) => void
  setNormalGhost: (ghost: NormalGhost) => void
  /** Opens the compare view with a condition of the region's kind or 'normal', or closes it with null (throws like select). */
  setCompare: (value: CompareWith | null) => void
  setMode: (mode: AppMode) => void
  setBlank: (blank: BlankScreen) => void
  setPresenterPanel: (panel: PresenterPanel) => void
  /** Starts a lesson at a slide (default its first title card); throws on an empty lesson. */
  startLesson: (lesson: Lesson, slide?: number) => void
  endLesson: () => void
  /** Shows a slide of the lesson (clamped); ignored with no lesson. */
  goToSlide: (index: number) => void
  /** Clicker forward: the next slide; outside a lesson, the next link. */
  forward: () => void
  /** Clicker back: the previous slide, across chains; outside a lesson, the previous link. */
  back: () => void
  /** Home: the lesson's first title card; outside a lesson, the chain's first link. */
  first: () => void
  /** End: the lesson's last title card; outside a lesson, the chain's last link. */
  last: () => void
  echoKey: (text: string) => void
  setChartsVisible: (visible: boolean) => void
  /** Moves the walk to a point of the gait cycle (0..1) and pauses there. */
  scrubTo: (phase: number) => void
  setMuscleLayer: (layer: MuscleLayer) => void
  /** off -> chain -> all -> off (the M key). */
  cycleMuscleLayer: () => void
  setMuscleActivity: (on: boolean) => void
  setHoverMuscle: (node: string | null) => void
  setHighlightMuscles: (nodes: readonly string[]) => void
}

export interface SelectOptions {
  /** A condition id of the region's kind; omitted = the kind's default. */
  condition?: ConditionId
  /**
   * A second skeleton beside the first: another condition of the region's kind, or 'normal'; null ends
   * the compare view. Omitted: a compared condition ends (it belongs to the old region), normal walking
   * beside stays (it fits every region).
   */
  compare?: CompareWith | null
}

export type AppStore = ReturnType<typeof createAppStore>

function chainFor(region: RegionKey | null, centralSide: Side, condition: ConditionId | null): ResolvedChain | null {
  return region ? resolveChain(region, centralSide, condition ? conditionById(condition) : undefined) : null
}

/** The condition to show for a region: the one asked for (checked), else the region kind's default. */
function conditionFor(region: RegionKey | null, asked: unknown): ConditionId | null {
  if (region === null) return null
  const kind = getRegion(region).kind
  if (asked === undefined) return defaultConditionFor(kind).id
  if (!isConditionId(asked)) throw new TypeError(`Unknown condition ${JSON.stringify(asked)}`)
  if (conditionById(asked).kind !== kind) {
    const ids = conditionsFor(kind).map((c) => c.id)
    throw new RangeError(`The condition ${asked} does not start at ${region}; choose one of ${ids.join(', ')}`)
  }
  return asked
}

/** The compare asked for, checked against the region and condition (throws with the reason). */
function checkedCompare(region: RegionKey | null, condition: ConditionId | null, asked: unknown): CompareWith | null {
  if (asked === null || region === null) return null
  const problem = compareProblem(region, condition, asked)
  if (problem) throw new RangeError(problem)
  return asked as CompareWith
}

/** normalGhost follows compare: normal walking beside is the compare view with normal walking. */
function ghostFor(compare: CompareWith | null, before: NormalGhost): NormalGhost {
  if (compare === 'normal') return 'beside'
  if (compare !== null) return 'off'
  return before === 'over' ? 'over' : 'off'
}

/** A factory so that tests get a fresh store; the app uses the single `appStore` below. */
export function createAppStore() {
  let noticeId = 0
  let viewId = 0
  let stepRequest = 0
  let phaseId = 0
  let echoId = 0
  return createStore<AppState>()((set, get) => {
    const clampStep = (i: number) => {
      const chain = get().chain
      if (!chain) return 0
      return Math.max(0, Math.min(chain.links.length - 1, Math.round(i)))
    }
    const moveTo = (i: number) => set({ step: clampStep(i), stepRequest: ++stepRequest })
    return {
      region: null,
      condition: null,
      panelOpen: false,
      notice: null,
      sceneStatus: 'loading',
      modelDetail: 'none',
      quality: 0,
      smoothEdges: true,
      hoverRegion: null,
      labelsVisible: true,
      fadeOthers: false,
      cameraRequest: null,
      chain: null,
      step: 0,
      stepRequest: 0,
      playing: false,
      speed: 1,
      severity: DEFAULT_SEVERITY,
      centralSide: 'left',
      normalGhost: 'off',
      compare: null,
      mode: 'explore',
      blank: null,
      presenterPanel: 'glance',
      lesson: null,
      slides: [],
      slide: 0,
      phaseRequest: null,
      keyEcho: null,
      muscleLayer: 'chain',
      muscleActivity: false,
      hoverMuscle: null,
      highlightMuscles: [],
      // Wide screens have room for the charts from the start; phones and small laptops open them on demand.
      chartsVisible: typeof window !== 'undefined' && window.innerWidth >= 1400,
      actions: {
        select: (key, options) => {
          if (key !== null && !isRegionKey(key)) {
            throw new TypeError(`select() expects one of the region keys or null, got ${JSON.stringify(key)}`)
          }
          const condition = conditionFor(key, options?.condition)
          const kept = get().compare === 'normal' ? 'normal' : null
          const compare = checkedCompare(key, condition, options?.compare === undefined ? kept : options.compare)
          set({
            compare,
            normalGhost: ghostFor(compare, get().normalGhost),
            region: key,
            condition,
            panelOpen: key !== null,
            chain: chainFor(key, get().centralSide, condition),
            step: 0,
            stepRequest: ++stepRequest,
            playing: key !== null,
          })
        },
        setCondition: (id) => {
          const { region } = get()
          if (region === null) throw new RangeError('setCondition() needs a chosen region')
          const { compare, condition: before } = get()
          // Choosing the condition that was compared swaps the two instead of comparing it with itself.
          const next = compare === id ? before : compare
          get().actions.select(region, { condition: id, compare: next })
        },
        openPanel: () => {
          if (get().region !== null) set({ panelOpen: true })
        },
        closePanel: () => set({ panelOpen: false }),
        showNotice: (text) => set({ notice: { id: ++noticeId, text } }),
        dismissNotice: () => set({ notice: null }),
        setSceneStatus: (sceneStatus) => set({ sceneStatus }),
        // The scene mounts one model at a time (the lite one first, the full one after the first frame,
        // the lite one again when the quality ladder asks), so the last one mounted is the one on screen.
        setModelDetail: (detail) => set({ modelDetail: detail }),
        setQuality: (quality) => {
          if (get().quality !== quality) set({ quality })
        },
        setSmoothEdges: (smoothEdges) => {
          if (get().smoothEdges !== smoothEdges) set({ smoothEdges })
        },
        setHoverRegion: (hoverRegion) => {
          if (get().hoverRegion !== hoverRegion) set({ hoverRegion })
        },
        setLabelsVisible: (labelsVisible) => set({ labelsVisible }),
        setFadeOthers: (fadeOthers) => set({ fadeOthers }),
        requestView: (view) => set({ cameraRequest: { kind: 'view', view, id: ++viewId } }),
        turnView: (azimuth, polar) => set({ cameraRequest: { kind: 'turn', azimuth, polar, id: ++viewId } }),
        zoomView: (factor) => set({ cameraRequest: { kind: 'zoom', factor, id: ++viewId } }),
        panView: (right, up) => set({ cameraRequest: { kind: 'pan', right, up, id: ++viewId } }),
        goToStep: (index) => {
          if (!Number.isFinite(index)) throw new TypeError(`goToStep() expects a number, got ${JSON.stringify(index)}`)
          moveTo(index)
        },
        next: () => moveTo(get().step + 1),
        previous: () => moveTo(get().step - 1),
        reportStep: (index) => {
          const step = clampStep(index)
          if (step !== get().step) set({ step })
        },
        play: () => {
          if (get().chain) set({ playing: true })
        },
        pause: () => set({ playing: false }),
        togglePlay: () => (get().playing ? set({ playing: false }) : get().actions.play()),
        setSpeed: (speed) => {
          if (!SPEEDS.includes(speed as (typeof SPEEDS)[number])) {
            throw new RangeError(`setSpeed() expects one of ${SPEEDS.join(', ')}, got ${JSON.stringify(speed)}`)
          }
          set({ speed })
        },
        setSeverity: (severity) => {
          if (!Number.isFinite(severity)) throw new TypeError(`setSeverity() expects a number, got ${JSON.stringify(severity)}`)
          set({ severity: Math.max(0, Math.min(1, severity)) })
        },
        setSide: (side) => {
          const { region, centralSide, step } = get()
          if (region && getRegion(region).side !== null) {
            if (getRegion(region).side === side) return
            const mirrored = mirrorRegion(region)
            // Same story on the other leg: keep the link on screen.
            set({ region: mirrored, chain: chainFor(mirrored, centralSide, get().condition), step, stepRequest: ++stepRequest })
            return
          }
          if (side === centralSide) return
          set({ centralSide: side, chain: chainFor(region, side, get().condition), stepRequest: ++stepRequest })
        },
        setNormalGhost: (normalGhost) => {
          if (normalGhost === 'beside') return get().actions.setCompare('normal')
          set({ normalGhost, compare: get().compare === 'normal' || normalGhost === 'over' ? null : get().compare })
        },
        setCompare: (value) => {
          const { region, condition, normalGhost } = get()
          if (value !== null && region === null) throw new RangeError('setCompare() needs a chosen region')
          const compare = checkedCompare(region, condition, value)
          set({ compare, normalGhost: ghostFor(compare, normalGhost) })
        },
        setMode: (mode) => set({ mode }),
        setBlank: (blank) => set({ blank }),
        setPresenterPanel: (presenterPanel) => set({ presenterPanel }),
        startLesson: (lesson, slide = 0) => {
          if (lesson.items.length === 0) throw new RangeError('A lesson needs at least one chain')
          set({ lesson, slides: lessonSlides(lesson), slide: -1 })
          get().actions.goToSlide(slide)
        },
        endLesson: () => set({ lesson: null, slides: [], slide: 0 }),
        goToSlide: (index) => {
          const { lesson, slides } = get()
          if (!lesson || !Number.isFinite(index)) return
          const i = Math.max(0, Math.min(slides.length - 1, Math.round(index)))
          const slide = slides[i]!
          const item = lesson.items[slide.item]!
          const region = lessonRegion(item)
          const s = get()
          // Central regions (lumbar spine, pelvis) take their side from centralSide; sided ones from their key.
          const same = s.region === region && s.condition === item.condition && s.chain?.side === item.side
          const chain = same && s.chain ? s.chain : resolveChain(region, item.side, conditionById(item.condition))
          // A card shows the chain standing still; a prediction holds the link before the one asked about.
          const step = slide.kind === 'card' ? 0 : slide.kind === 'predict' ? slide.step - 1 : slide.step
          // One update, so no reader ever sees the new chain with the old slide.
          set({
            slide: i,
            region,
            condition: item.condition,
            centralSide: item.side,
            severity: Math.max(0, Math.min(1, item.severity)),
            chain,
            panelOpen: same ? s.panelOpen : true,
            step: Math.max(0, Math.min(chain.links.length - 1, step)),
            stepRequest: ++stepRequest,
            playing: slide.kind !== 'card',
          })
        },
        forward: () => (get().lesson ? get().actions.goToSlide(get().slide + 1) : get().actions.next()),
        back: () => (get().lesson ? get().actions.goToSlide(get().slide - 1) : get().actions.previous()),
        first: () => (get().lesson ? get().actions.goToSlide(0) : moveTo(0)),
        last: () => {
          const { lesson, slides } = get()
          if (lesson) get().actions.goToSlide(cardIndex(slides, lesson.items.length - 1))
          else moveTo(Number.MAX_SAFE_INTEGER)
        },
        echoKey: (text) => set({ keyEcho: { text, id: ++echoId } }),
        setChartsVisible: (chartsVisible) => set({ chartsVisible }),
        scrubTo: (phase) => {
          if (!Number.isFinite(phase)) throw new TypeError(`scrubTo() expects a number, got ${JSON.stringify(phase)}`)
          const wrapped = ((phase % 1) + 1) % 1
          set({ phaseRequest: { phase: wrapped, id: ++phaseId }, playing: false })
        },
        setMuscleLayer: (muscleLayer) => {
          if (!MUSCLE_LAYERS.includes(muscleLayer)) throw new RangeError(`setMuscleLayer() expects one of ${MUSCLE_LAYERS.join(', ')}, got ${JSON.stringify(muscleLayer)}`)
          set({ muscleLayer })
        },
        cycleMuscleLayer: () => set({ muscleLayer: MUSCLE_LAYERS[(MUSCLE_LAYERS.indexOf(get().muscleLayer) + 1) % MUSCLE_LAYERS.length]! }),
        setMuscleActivity: (muscleActivity) => set({ muscleActivity }),
        setHoverMuscle: (hoverMuscle) => {
          if (get().hoverMuscle !== hoverMuscle) set({ hoverMuscle })
        },
        setHighlightMuscles: (nodes) => {
          const now = get().highlightMuscles
          if (nodes.length === now.length && nodes.every((n, i) => n === now[i])) return
          set({ highlightMuscles: [...nodes] })
        },
      },
    }
  })
}

export const appStore = createAppStore()

/** React binding of the app store; pass a selector so a component re-renders only for what it reads. */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector)
}

export const useActions = () => useAppStore((s) => s.actions)

/** The side the chain plays on: the region's own side, or the chosen side for central regions. */
export function problemSide(state: Pick<AppState, 'region' | 'centralSide'>): Side {
  return (state.region && getRegion(state.region).side) || state.centralSide
}
