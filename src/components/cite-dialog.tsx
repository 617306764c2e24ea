import { useExtra, useT } from "../i18n/use-t";
import { citationBibtex, citationText, type CitationInput } from "../lib/citation";
import { CopyField } from "./copy-field";
import { Dialog } from "./dialog";
import { LoadingState } from "./states";

/** The citation of one chart as text and BibTeX, pinned to its data version, in the page's language. */
export default function CiteDialog({ citation, onClose }: { citation: CitationInput; onClose: () => void }) {
  const { t } = useT();
  const ready = useExtra("exports");
  return (
    <Dialog open title={t("citeTitle")} onClose={onClose}>
      {ready ? (
        <>
          <CopyField label={t("citeText")} value={citationText(citation)} rows={4} />
          <CopyField label="BibTeX" value={citationBibtex(citation)} rows={8} />
          <CopyField label={citation.version ? t("sharePinned") : t("sharePermalink")} value={citation.permalink} rows={2} />
        </>
      ) : (
        <LoadingState label={t("loadingData")} />
      )}
    </Dialog>
  );
}
