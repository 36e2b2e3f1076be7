/**
 * The order of the scene's per-frame steps. Fiber runs useFrame callbacks by ascending priority, so
 * each step names its place here instead of relying on where its component sits in the JSX.
 * All priorities are negative on purpose: a positive one would make fiber stop rendering by itself.
 */
export const FRAME_ORDER = {
  /** ChainPlayer: advances chain time and the gait phase, poses both skeletons, sets the chain glow. */
  pose: -50,
  /** SkeletonModel: the bone batch's instances follow the posed joints (boneBatch.ts). */
  bones: -48,
  /** MuscleLayer: the muscles follow the pose (segment table for the shader), glow and activity. */
  muscles: -45,
  /** SceneDriver: region capsules follow the posed joints; glow uniforms and name tags follow them. */
  regions: -40,
  /** WidgetFrames: the DOM widgets that follow the walk (scrub thumb, chart cursors, predict markers). */
  widgets: -35,
  /** ChainPulse, NervePath, Floor: drawn things that read the capsules, the frame or the floor offset. */
  effects: -30,
  /** SceneStatusReporter: the first frame is ready once everything above has run. */
  report: -10,
  /**
   * FloorBackdrop: draws the floor's picture again when the view changed, so after the camera
   * controls (drei's CameraControls update at -1) and just before fiber renders the frame.
   */
  backdrop: -0.5,
} as const
