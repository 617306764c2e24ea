import { serializeView } from "../state/url-codec";
import { currentView } from "../state/view-store";

/** The full view's address, pinned to a data version when one is given; `extra` adds embed parameters. */
export function permalink(version?: string, extra: Record<string, string> = {}): string {
  const view = { ...currentView(), embed: "0" as const, controls: undefined, card: undefined, v: version?.slice(0, 12) };
  const search = serializeView(view);
  const params = new URLSearchParams(search);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const query = params.toString();
  return `${window.location.origin}${window.location.pathname}${query ? `?${query}` : ""}`;
}
