/** One animation frame. */
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Resolves once the page's fonts have loaded and `element` no longer changes: nothing in it was added, removed or
 * altered over two whole frames once a chart is drawn (the chart library measures, then draws, in separate renders),
 * or over ten frames while none is (a chart card may have nothing to draw).
 */
export async function settled(element: Element, drawn = "svg.recharts-surface"): Promise<void> {
  await document.fonts.ready;
  let changed = true;
  const observer = new MutationObserver(() => {
    changed = true;
  });
  observer.observe(element, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    for (let quiet = 0; quiet < (element.querySelector(drawn) ? 2 : 10); ) {
      changed = false;
      await frame();
      quiet = changed ? 0 : quiet + 1;
    }
  } finally {
    observer.disconnect();
  }
}
