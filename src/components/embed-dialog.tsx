import { useState } from "react";
import { useT } from "../i18n/use-t";
import { CopyField } from "./copy-field";
import { Dialog } from "./dialog";
import { permalink } from "./permalink";

/** The iframe snippet for one chart, with the host script that sizes it. */
export default function EmbedDialog({ onClose, cardId, title, version }: { onClose: () => void; cardId: string; title: string; version?: string }) {
  const { t, lang } = useT();
  const [controls, setControls] = useState(false);
  const [pinned, setPinned] = useState(false);
  const src = permalink(pinned ? version : undefined, { embed: "1", card: cardId, ...(controls ? { controls: "1" } : {}), lang });
  const script = new URL(`${import.meta.env.BASE_URL}embed.js`, window.location.href).href;
  const snippet = `<iframe src="${src.replaceAll("&", "&amp;")}" title="${title.replaceAll('"', "&quot;")}" loading="lazy" width="100%" height="480" style="border:0;width:100%" data-kj-embed></iframe>\n<script src="${script}" async></script>`;
  return (
    <Dialog open title={t("embedTitle")} onClose={onClose}>
      <label><input type="checkbox" checked={controls} onChange={(e) => setControls(e.target.checked)} /> {t("embedControls")}</label>
      <label><input type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} disabled={!version} /> {t("embedPinned")}</label>
      <CopyField label={t("embedCode")} value={snippet} rows={6} />
      <p className="hint">{t("embedHint")}</p>
    </Dialog>
  );
}
