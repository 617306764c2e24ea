import { useQuery } from "@tanstack/react-query";
import { manifestQuery } from "../data/queries";
import { dataUrl } from "../data/fetch-data";
import { MESSAGES as M } from "../messages";
import { ErrorState, LoadingState } from "./states";

/** The datasets of the manifest: what each holds, how far it reaches, and where it comes from. */
export default function DatasetList() {
  const manifest = useQuery(manifestQuery());
  if (manifest.isPending) return <LoadingState label={M.loadingManifest} />;
  if (manifest.isError) return <ErrorState title={M.manifestFailed} error={manifest.error} onRetry={() => manifest.refetch()} />;
  return (
    <section aria-labelledby="datasets-heading">
      <h2 id="datasets-heading">{M.datasetsHeading}</h2>
      <ul className="dataset-list">
        {manifest.data.datasets.map((d) => (
          <li key={d.id} className="dataset-card">
            <h3>{d.title}</h3>
            <p>{d.description}</p>
            <dl>
              <dt>{M.coverage}</dt>
              <dd>{d.coverage.start} – {d.coverage.end}</dd>
              <dt>{M.rows}</dt>
              <dd>{d.rows.toLocaleString("en")}</dd>
              {d.origins && (
                <>
                  <dt>{M.origins}</dt>
                  <dd>{M.unknownOrigins(d.origins.unknown + d.origins.untagged, d.origins.tagged + d.origins.untagged)}</dd>
                </>
              )}
              <dt>{M.sources}</dt>
              <dd>{d.sources.length > 3 ? M.citedPublications(d.sources.length) : d.sources.map((s) => s.attribution).join("; ")}</dd>
            </dl>
            <a href={dataUrl(d.file)} download>{M.downloadCsv}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
