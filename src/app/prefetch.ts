import type { QueryClient } from "@tanstack/react-query";
import { datasetQuery, manifestQuery } from "../data/queries";
import type { View } from "../state/url-codec";

const CHART_DATASETS: Record<View["chart"], string[]> = {
  netflix: ["netflix-cross-border"],
  global: ["netflix-global"],
  spotify: ["spotify-weekly"],
  hot100: ["hot100-korean"],
  boxoffice: ["box-office", "box-office-films"],
  flixpatrol: ["flixpatrol-2020"],
};

/** The datasets the first screen of a view needs. */
export function datasetsFor(view: View): string[] {
  const common = ["events", "labels"];
  if (view.view === "trade") return [...common, "trade-flows"];
  if (view.view === "market") return [...common, "market-size"];
  if (view.view === "share") return [...common, "export-share"];
  return [...common, ...CHART_DATASETS[view.chart]];
}

/** Load the manifest and the view's datasets while the view's code is still downloading. */
export async function prefetchView(client: QueryClient, view: View): Promise<void> {
  const manifest = await client.fetchQuery(manifestQuery());
  const ids = datasetsFor(view);
  await Promise.all(
    manifest.datasets.filter((d) => ids.includes(d.id) && !view.v).map((entry) => client.prefetchQuery(datasetQuery(entry))),
  );
}
