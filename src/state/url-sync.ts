import { parseView, serializeView } from "./url-codec";
import { currentView, useViewStore } from "./view-store";

/** Mirror the view store in the address bar: a new history entry per view, replaced state otherwise. */
export function startUrlSync(win: Window = window): () => void {
  let applying = false;
  let last = currentView();
  const urlFor = (search: string) => `${win.location.pathname}${search}${win.location.hash}`;
  const apply = () => {
    applying = true;
    useViewStore.setState(parseView(win.location.search));
    applying = false;
    last = currentView();
  };
  apply();
  const clean = serializeView(last);
  if (clean !== win.location.search) win.history.replaceState(null, "", urlFor(clean));

  const unsubscribe = useViewStore.subscribe(() => {
    if (applying) return;
    const view = currentView();
    const search = serializeView(view);
    if (search !== win.location.search) {
      if (view.view !== last.view) win.history.pushState(null, "", urlFor(search));
      else win.history.replaceState(null, "", urlFor(search));
    }
    last = view;
  });
  win.addEventListener("popstate", apply);
  return () => {
    unsubscribe();
    win.removeEventListener("popstate", apply);
  };
}
