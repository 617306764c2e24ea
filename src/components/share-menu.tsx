import { useQueryClient } from "@tanstack/react-query";
import { lazy, Suspense, useState, type ReactNode } from "react";
import type { IndexEntry } from "../data/data-index";
import type { CitationInput } from "../lib/citation";
import type { Table } from "../lib/csv";
import { exportFileName } from "../lib/file-name";
import { loadExtra, withMessages } from "../i18n/i18n";
import { useT } from "../i18n/use-t";
import { activeFilters } from "../state/url-codec";
import { currentView } from "../state/view-store";
import { permalink } from "./permalink";
import type { ShareTarget } from "./share-actions";
import { useExportFrame } from "./use-export-frame";

const CiteDialog = lazy(() => withMessages(["dialogs"], import("./cite-dialog")));
const EmbedDialog = lazy(() => withMessages(["dialogs"], import("./embed-dialog")));
const ShareDialog = lazy(() => withMessages(["dialogs"], import("./share-dialog")));

/** What a chart shares: its dataset, the rows it shows, and (for cited figures) the publications behind them. */
/** `table` builds the rows to download (its code may load on first use). */
export type ShareSpec = { entry?: IndexEntry; table: () => Promise<Table>; sources?: () => CitationInput["sources"] };

type Props = { cardId: string; title: string; subtitle: string; sourceLine: string; share: ShareSpec; draw: () => ReactNode };

const today = () => new Date().toISOString().slice(0, 10);

/** Downloads, images, links, embed code and citation for one chart, all of exactly what it shows; their code loads on first use. */
export function ShareMenu({ cardId, title, subtitle, sourceLine, share, draw }: Props) {
  const { t: tr, lang } = useT();
  const [dialog, setDialog] = useState<"share" | "cite" | "embed" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const client = useQueryClient();
  const { frame, render } = useExportFrame(draw);
  const entry = share.entry;
  const target = (): ShareTarget => {
    const filters = activeFilters(currentView());
    const date = today();
    const dataset = entry && entry.id !== cardId ? `${entry.id}_${cardId}` : cardId;
    return {
      title, subtitle, sourceLine, share, render, today: date,
      citation: (sources) => ({ title, subtitle, permalink: permalink(entry?.sha256), version: entry?.sha256 ?? "", accessed: date, sources, filters }),
      name: (extension) => exportFileName(dataset, filters, date, extension),
    };
  };
  const run = (action: (actions: typeof import("./share-actions"), t: ShareTarget) => Promise<void> | void) => async () => {
    setError(null);
    try {
      const [actions] = await Promise.all([import("./share-actions"), loadExtra("exports", lang)]);
      await action(actions, target());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const close = () => setDialog(null);

  return (
    <div className="share-menu" role="group" aria-label={tr("shareGroup", { title })}>
      <button type="button" onClick={() => setDialog("share")}>{tr("share")}</button>
      <button type="button" onClick={run((a, t) => a.downloadCsv(t))}>{tr("downloadCsv")}</button>
      <button type="button" onClick={run((a, t) => a.downloadZip(t, client))}>{tr("downloadZip")}</button>
      <button type="button" onClick={run((a, t) => a.downloadFull(t))} disabled={!entry}>{tr("downloadFull")}</button>
      <button type="button" onClick={run((a, t) => a.downloadImage(t, "landscape", "png"))}>{tr("downloadPng")}</button>
      <button type="button" onClick={run((a, t) => a.downloadImage(t, "square", "png"))}>{tr("downloadSquarePng")}</button>
      <button type="button" onClick={run((a, t) => a.downloadImage(t, "phone", "png"))}>{tr("downloadPhonePng")}</button>
      <button type="button" onClick={run((a, t) => a.downloadImage(t, "landscape", "svg"))}>{tr("downloadSvg")}</button>
      <button type="button" onClick={() => setDialog("embed")}>{tr("embed")}</button>
      <button type="button" onClick={() => setDialog("cite")}>{tr("cite")}</button>
      {error && <p role="alert">{error}</p>}
      {frame}
      <Suspense>
        {dialog === "share" && <ShareDialog onClose={close} title={title} version={entry?.sha256} />}
        {dialog === "cite" && <CiteDialog onClose={close} citation={target().citation([])} />}
        {dialog === "embed" && <EmbedDialog onClose={close} cardId={cardId} title={title} version={entry?.sha256} />}
      </Suspense>
    </div>
  );
}
