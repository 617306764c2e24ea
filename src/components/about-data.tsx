import { lazy, Suspense, useState } from "react";
import { useT } from "../i18n/use-t";
import { LoadingState } from "./states";

const DatasetList = lazy(() => import("./dataset-list"));

/** About the data: the list and the full manifest behind it load only when the reader opens it. */
export function AboutData() {
  const { t } = useT();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("aboutData")}</summary>
      {open && (
        <Suspense fallback={<LoadingState label={t("loadingManifest")} />}>
          <DatasetList />
        </Suspense>
      )}
    </details>
  );
}
