/** Opens the teacher's presenter view: this page again, same origin, in a window of its own. */
export function openPresenterView() {
  window.open(`${window.location.pathname}?presenter`, 'chain-explorer-presenter', 'popup,width=960,height=720')
}
