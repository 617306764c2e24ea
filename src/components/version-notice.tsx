import { useQuery } from "@tanstack/react-query";
import { manifestQuery, resolveVersion } from "../data/queries";
import { useT } from "../i18n/use-t";
import { useViewStore } from "../state/view-store";

/** Says which data a pinned link shows: an earlier version, or the latest when the pinned one is not kept. */
export function VersionNotice() {
  const { t } = useT();
  const v = useViewStore((s) => s.v);
  const manifest = useQuery(manifestQuery());
  if (!v || !manifest.data) return null;
  const matches = manifest.data.datasets.map((d) => resolveVersion(d, v)).filter((e) => e !== null);
  if (matches.length === 0) return <p className="notice" role="status">{t("missingVersion", { v })}</p>;
  const archived = manifest.data.datasets.some((d) => d.versions.some((old) => old.sha256.startsWith(v)));
  return archived ? <p className="notice" role="status">{t("pinnedVersion", { v })}</p> : null;
}
