/**
 * Keeps the full-screen panel (small screens) above the on-screen keyboard: mobile browsers shrink
 * the visual viewport, not the layout viewport, when the keyboard opens, so `100dvh` alone would
 * leave the composer under the keyboard. Publishes the visible height as `--parley-vvh`.
 * @returns a function that stops tracking
 */
export function trackViewport(target: HTMLElement, win: Window = window): () => void {
  const viewport = win.visualViewport;
  if (!viewport) return () => undefined;
  const update = () => {
    // CSSOM writes are allowed under a strict CSP (only style attributes in markup are not).
    target.style.setProperty('--parley-vvh', `${Math.round(viewport.height)}px`);
    target.style.setProperty('--parley-vvtop', `${Math.round(viewport.offsetTop)}px`);
  };
  update();
  viewport.addEventListener('resize', update);
  viewport.addEventListener('scroll', update);
  return () => {
    viewport.removeEventListener('resize', update);
    viewport.removeEventListener('scroll', update);
  };
}
