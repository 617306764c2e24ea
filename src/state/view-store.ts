import { create } from "zustand";
import { DEFAULT_VIEW, type View } from "./url-codec";

type ViewStore = View & {
  set: (patch: Partial<View>) => void;
  reset: (keys: (keyof View)[]) => void;
};

export const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  set: (patch) => set(patch),
  reset: (keys) => set(Object.fromEntries(keys.map((k) => [k, DEFAULT_VIEW[k]]))),
}));

export function currentView(): View {
  const { set: _set, reset: _reset, ...view } = useViewStore.getState();
  return view;
}
