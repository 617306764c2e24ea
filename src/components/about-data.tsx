import { lazy, Suspense, useState } from "react";
import { withMessages } from "../i18n/i18n";
import { useT } from "../i18n/use-t";
import { LoadingState } from "./states";

// Its headings and labels are among the download messages, fetched with its code.
const DatasetList = lazy(() => withMessages(["exports"], import("./dataset-list")));

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
