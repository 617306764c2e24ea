import { useExtra, useT } from "../i18n/use-t";
import { citationBibtex, citationText, type CitationInput } from "../lib/citation";
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
          <h3>{t("citeText")}</h3>
          <textarea readOnly rows={4} value={citationText(citation)} aria-label={t("citeText")} />
          <h3>BibTeX</h3>
          <textarea readOnly rows={8} value={citationBibtex(citation)} aria-label="BibTeX" />
        </>
      ) : (
        <LoadingState label={t("loadingData")} />
      )}
    </Dialog>
  );
}
