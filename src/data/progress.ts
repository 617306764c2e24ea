import { useSyncExternalStore } from "react";

/** Download progress of large data files (0–1), shared between the query function and the loading state. */
const progress = new Map<string, number>();
const listeners = new Set<() => void>();

export function reportProgress(file: string, fraction: number): void {
  progress.set(file, fraction);
  listeners.forEach((notify) => notify());
}

export function useProgress(file: string | undefined): number | undefined {
  return useSyncExternalStore(
    (notify) => {
      listeners.add(notify);
      return () => listeners.delete(notify);
    },
    () => (file ? progress.get(file) : undefined),
  );
}
