import { useEffect, useReducer, type ComponentType } from "react";
import { withMessages } from "../i18n/i18n";
import type { View } from "../state/url-codec";
import { VIEW_MESSAGES } from "./first-screen";

type Name = View["view"];

const LOADERS: Record<Name, () => Promise<{ default: ComponentType }>> = {
  overview: () => import("../features/overview/overview-view"),
  trade: () => import("../features/trade/trade-view"),
  market: () => import("../features/market/market-view"),
  share: () => import("../features/share/share-view"),
  charts: () => import("../features/charts/charts-view"),
  coverage: () => import("../features/coverage/coverage-view"),
};

const loaded = new Map<Name, ComponentType>();
const failed = new Map<Name, unknown>();
const pending = new Map<Name, Promise<void>>();

/** Load a view's code and messages once, both at the same time; main.tsx starts the first view's at startup. */
export function loadView(name: Name): Promise<void> {
  let load = pending.get(name);
  if (!load) {
    load = withMessages(VIEW_MESSAGES[name], LOADERS[name]()).then(
      (module) => void loaded.set(name, module.default),
      (error: unknown) => {
        failed.set(name, error);
        pending.delete(name);
      },
    );
    pending.set(name, load);
  }
  return load;
}

/**
 * A view's component once its code is here, else undefined (and a re-render when it is). Unlike
 * React.lazy under Suspense, a view whose code has arrived draws at once: React holds a revealed
 * Suspense boundary back for up to 300 ms after its fallback was shown, which delayed the first chart.
 */
export function useView(name: Name): ComponentType | undefined {
  const [, loadedNow] = useReducer((n: number) => n + 1, 0);
  const View = loaded.get(name);
  useEffect(() => {
    if (!View) void loadView(name).then(loadedNow);
  }, [name, View]);
  const error = failed.get(name);
  if (error) {
    failed.delete(name);
    throw error;
  }
  return View;
}
