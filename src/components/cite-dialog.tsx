import { citationBibtex, citationText, type CitationInput } from "../lib/citation";
import { MESSAGES as M } from "../messages";
import { Dialog } from "./dialog";

/** The citation of one chart as text and BibTeX, pinned to its data version. */
export default function CiteDialog({ citation, onClose }: { citation: CitationInput; onClose: () => void }) {
  return (
    <Dialog open title={M.citeTitle} onClose={onClose}>
      <h3>{M.citeText}</h3>
      <textarea readOnly rows={4} value={citationText(citation)} aria-label={M.citeText} />
      <h3>BibTeX</h3>
      <textarea readOnly rows={8} value={citationBibtex(citation)} aria-label="BibTeX" />
    </Dialog>
  );
}
