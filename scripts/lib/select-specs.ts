import { DATASETS } from "../datasets";
import type { DatasetSpec } from "./dataset";
import type { FileKey } from "./sources";

/** The datasets a run builds: those named, or else every one that the run can build (offline or online). */
export function selectSpecs(ids: string[], online: boolean): DatasetSpec[] {
  const unknown = ids.filter((id) => !DATASETS.some((d) => d.id === id));
  if (unknown.length > 0) {
    throw new Error(`unknown dataset ${unknown.join(", ")}; known: ${DATASETS.map((d) => d.id).join(", ")}`);
  }
  const refreshable = DATASETS.filter((d) => d.online).map((d) => d.id);
  if (ids.length === 0) return DATASETS.filter((d) => (online ? d.online : !d.online?.only));
  const specs = DATASETS.filter((d) => ids.includes(d.id));
  const offlineOnly = specs.filter((d) => online && !d.online).map((d) => d.id);
  if (offlineOnly.length > 0) throw new Error(`${offlineOnly.join(", ")} has no online source; --online refreshes ${refreshable.join(", ")}`);
  const onlineOnly = specs.filter((d) => !online && d.online?.only).map((d) => d.id);
  if (onlineOnly.length > 0) throw new Error(`${onlineOnly.join(", ")} is built only from an online source: add --online`);
  return specs;
}

/** The source files a dataset reads: online, the ones its online source replaces are skipped. */
export function filesOf(spec: DatasetSpec, online: boolean): FileKey[] {
  return online && spec.online ? spec.files.filter((f) => !spec.online!.replaces.includes(f)) : spec.files;
}
