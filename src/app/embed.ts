import { z } from "zod/mini";

export const HEIGHT_MESSAGE = "kj-embed:height";
const requestSchema = z.object({ type: z.literal("kj-embed:request-height") });

/**
 * Inside an iframe, tell the host page how tall the content is whenever it changes.
 * Messages from the host are only matched against a fixed shape; nothing in them is run.
 */
export function startHeightReporter(win: Window = window): () => void {
  if (win.parent === win) return () => {};
  let last = -1;
  const send = (force = false) => {
    const height = Math.ceil(win.document.body.getBoundingClientRect().height);
    if (!force && height === last) return;
    last = height;
    win.parent.postMessage({ type: HEIGHT_MESSAGE, height }, "*");
  };
  const observer = new ResizeObserver(() => send());
  observer.observe(win.document.body);
  const onMessage = (event: MessageEvent) => {
    if (event.source === win.parent && requestSchema.safeParse(event.data).success) send(true);
  };
  win.addEventListener("message", onMessage);
  return () => {
    observer.disconnect();
    win.removeEventListener("message", onMessage);
  };
}
