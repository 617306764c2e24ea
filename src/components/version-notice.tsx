import { readDataIndex, resolveVersion } from "../data/data-index";
import { useT } from "../i18n/use-t";
import { useViewStore } from "../state/view-store";

/** Says which data a pinned link shows: an earlier version, or the latest when the pinned one is not kept. */
export function VersionNotice() {
  const { t } = useT();
  const v = useViewStore((s) => s.v);
  if (!v) return null;
  let datasets;
  try {
    datasets = readDataIndex().datasets;
  } catch {
    return null;
  }
  const matches = datasets.map((d) => resolveVersion(d, v)).filter((e) => e !== null);
  if (matches.length === 0) return <p className="notice" role="status">{t("missingVersion", { v })}</p>;
  const archived = datasets.some((d) => d.versions.some((old) => old.sha256.startsWith(v)));
  return archived ? <p className="notice" role="status">{t("pinnedVersion", { v })}</p> : null;
}
