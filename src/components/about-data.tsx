import { lazy, Suspense, useState } from "react";
import { MESSAGES as M } from "../messages";
import { LoadingState } from "./states";

const DatasetList = lazy(() => import("./dataset-list"));

/** About the data: the list and the full manifest behind it load only when the reader opens it. */
export function AboutData() {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{M.aboutData}</summary>
      {open && (
        <Suspense fallback={<LoadingState label={M.loadingManifest} />}>
          <DatasetList />
        </Suspense>
      )}
    </details>
  );
}
