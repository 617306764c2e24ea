import { useQuery } from "@tanstack/react-query";
import { manifestQuery } from "../data/manifest-query";
import { dataUrl } from "../data/fetch-data";
import type { ManifestEntry } from "../data/manifest";
import { withoutSourcePrefix } from "../i18n/localized";
import { useExtra, useT } from "../i18n/use-t";
import { formatDate, formatNumber } from "../lib/format";
import { ErrorState, LoadingState } from "./states";

/** The datasets of the manifest: what each holds, how far it reaches, and where it comes from. */
export default function DatasetList() {
  const { t } = useT();
  const manifest = useQuery(manifestQuery());
  useExtra("datasets");
  if (manifest.isPending) return <LoadingState label={t("loadingManifest")} />;
  if (manifest.isError) return <ErrorState title={t("manifestFailed")} error={manifest.error} onRetry={() => manifest.refetch()} />;
  return (
    <section aria-labelledby="datasets-heading">
      <h2 id="datasets-heading">{t("datasetsHeading")}</h2>
      <ul className="dataset-list">
        {manifest.data.datasets.map((d) => <DatasetCard key={d.id} dataset={d} />)}
      </ul>
    </section>
  );
}

function DatasetCard({ dataset: d }: { dataset: ManifestEntry }) {
  const { t, tOr, lang } = useT();
  const date = (value: string) => formatDate(value, lang);
  return (
    <li className="dataset-card">
      <h3>{tOr(`dataset.${d.id}.title`, d.title)}</h3>
      <p>{tOr(`dataset.${d.id}.description`, d.description)}</p>
      <dl>
        {d.coverage.start && (
          <>
            <dt>{t("coverage")}</dt>
            <dd>{t("dateRange", { start: date(d.coverage.start), end: date(d.coverage.end) })}</dd>
          </>
        )}
        <dt>{t("rows")}</dt>
        <dd>{formatNumber(d.rows, lang)}</dd>
        {d.origins && (
          <>
            <dt>{t("origins")}</dt>
            <dd>{t("unknownOrigins", { unknown: formatNumber(d.origins.unknown + d.origins.untagged, lang), total: formatNumber(d.origins.tagged + d.origins.untagged, lang) })}</dd>
          </>
        )}
        <dt>{t("sources")}</dt>
        <dd>
          {d.sources.length > 3 ? t("citedPublications", { n: d.sources.length }) : <span translate="no">{d.sources.map((s) => withoutSourcePrefix(s.attribution)).join("; ")}</span>}
        </dd>
      </dl>
      <a href={dataUrl(d.file)} download>{t("downloadCsv")}</a>
    </li>
  );
}
