/**
 * The tab's icon, set once the page is idle after its first chart. The page declares an empty one, so the browser asks
 * for no /favicon.ico; a real icon it would fetch and draw on the page's own thread as soon as the page has loaded,
 * which is just when the first chart is being drawn.
 */
export function setTabIcon(doc: Document = document): void {
  const link = doc.querySelector<HTMLLinkElement>('link[rel="icon"]') ?? doc.head.appendChild(doc.createElement("link"));
  link.rel = "icon";
  link.type = "image/svg+xml";
  link.href = `${import.meta.env.BASE_URL}favicon.svg`;
}
