/**
 * The one line that says what the app is and is not. The UI shows it once, visibly and calmly
 * (DESIGN.md section 8). Plain text, no markup.
 */
export const DISCLAIMER =
  'This app teaches how a limp and low back pain can be linked; it does not diagnose anyone or replace a doctor, physiotherapist or other clinician.'
