import { useState } from "react";
import { useT } from "../i18n/use-t";
import { CopyField } from "./copy-field";
import { Dialog } from "./dialog";
import { permalink } from "./permalink";

/** Links to this view, now and pinned to its data version, and the device's own share sheet where it has one. */
export default function ShareDialog({ onClose, title, version }: { onClose: () => void; title: string; version?: string }) {
  const { t } = useT();
  const [failed, setFailed] = useState(false);
  const link = permalink();
  const native = typeof navigator.share === "function";
  const share = async () => {
    setFailed(false);
    try {
      await navigator.share({ title, url: link });
    } catch (e) {
      // Closing the share sheet is the reader's choice, not a failure.
      if (!(e instanceof DOMException && e.name === "AbortError")) setFailed(true);
    }
  };
  return (
    <Dialog open title={t("shareDialogTitle")} onClose={onClose}>
      <CopyField label={t("sharePermalink")} value={link} rows={2} />
      {version && <CopyField label={t("sharePinned")} value={permalink(version)} rows={2} />}
      {version && <p className="hint">{t("sharePinnedHint")}</p>}
      {native && <button type="button" onClick={share}>{t("shareNative")}</button>}
      {failed && <p role="alert">{t("shareFailed")}</p>}
    </Dialog>
  );
}
