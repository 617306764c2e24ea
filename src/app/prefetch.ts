import type { QueryClient } from "@tanstack/react-query";
import { findEntry, loadableEntry } from "../data/data-index";
import { datasetQuery } from "../data/queries";
import type { View } from "../state/url-codec";
import { datasetsFor, rowFilterFor } from "./first-screen";

/** Start loading the first screen's datasets while the view's code is still downloading. */
export function prefetchView(client: QueryClient, view: View): void {
  try {
    for (const id of datasetsFor(view)) {
      const entry = findEntry(id, view.v);
      if (entry) void client.prefetchQuery(datasetQuery(loadableEntry(entry, rowFilterFor(view))));
    }
  } catch {
    // A missing or broken data index: every chart shows it as its error.
  }
}
