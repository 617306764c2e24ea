import { strToU8, zipSync } from "fflate";
import { useState, type RefObject } from "react";
import { fetchText } from "../data/fetch-data";
import type { ManifestEntry } from "../data/manifest";
import { composeChartSvg, LANDSCAPE, SQUARE, svgToPng, type ImageSize } from "../lib/chart-image";
import { citationBibtex, citationText, metadataText, type CitationInput } from "../lib/citation";
import { spreadsheetCsv, writeCsv, type Table } from "../lib/csv";
import { saveBlob } from "../lib/download";
import { exportFileName } from "../lib/file-name";
import { loadExtra } from "../i18n/i18n";
import { useExtra, useT } from "../i18n/use-t";
import { activeFilters } from "../state/url-codec";
import { currentView } from "../state/view-store";
import { Dialog } from "./dialog";
import { EmbedDialog } from "./embed-dialog";
import { permalink } from "./permalink";
import { LoadingState } from "./states";

/** What a chart shares: its dataset, the rows it shows, and (for cited figures) the publications behind them. */
export type ShareSpec = { entry?: ManifestEntry; table: () => Table; sources?: () => CitationInput["sources"] };

type Props = { cardId: string; title: string; subtitle: string; sourceLine: string; share: ShareSpec; card: RefObject<HTMLElement | null> };

const today = () => new Date().toISOString().slice(0, 10);

/** Downloads, images, embed code and citation for one chart, all of exactly what it shows. */
export function ShareMenu({ cardId, title, subtitle, sourceLine, share, card }: Props) {
  const { t, lang } = useT();
  const [dialog, setDialog] = useState<"cite" | "embed" | null>(null);
  const [error, setError] = useState<string | null>(null);
  const citeReady = useExtra("exports", dialog === "cite");
  const entry = share.entry;
  const filters = activeFilters(currentView());
  const citation = (): CitationInput => ({
    title, subtitle, permalink: permalink(entry?.sha256), version: entry?.sha256 ?? "", accessed: today(), sources: share.sources?.() ?? entry?.sources ?? [], filters,
  });
  const dataset = entry && entry.id !== cardId ? `${entry.id}_${cardId}` : cardId;
  const name = (extension: string) => exportFileName(dataset, filters, today(), extension);
  const run = (action: () => Promise<void> | void) => async () => {
    setError(null);
    try {
      await loadExtra("exports", lang);
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const csv = () => saveBlob(new Blob([writeCsv(share.table())], { type: "text/csv;charset=utf-8" }), name("csv"));
  const zip = () => {
    const csvName = name("csv");
    const files = { [csvName]: strToU8(writeCsv(share.table())), "README.md": strToU8(metadataText(citation(), csvName)) };
    saveBlob(new Blob([zipSync(files)], { type: "application/zip" }), name("zip"));
  };
  const full = async () => {
    if (!entry) return;
    const text = await fetchText(entry.file, undefined, entry.sha256);
    saveBlob(new Blob([spreadsheetCsv(text)], { type: "text/csv;charset=utf-8" }), exportFileName(entry.id, {}, today(), "csv"));
  };
  const image = (size: ImageSize, format: "png" | "svg") => async () => {
    const svg = card.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (!svg) throw new Error(t("noChartToExport"));
    const legend = [...(card.current?.querySelectorAll(".chart-legend li") ?? [])].map((li) => {
      const circle = li.querySelector("circle");
      const line = li.querySelector("line");
      const style = circle ? getComputedStyle(circle) : null;
      return {
        label: li.textContent ?? "",
        color: style?.stroke || "#888",
        hollow: !!style && style.fill !== style.stroke,
        line: line ? (line.getAttribute("stroke-dasharray") ? ("dashed" as const) : ("solid" as const)) : ("none" as const),
      };
    });
    const root = getComputedStyle(document.documentElement);
    const colors = { bg: root.getPropertyValue("--bg").trim() || "#fff", fg: root.getPropertyValue("--fg").trim() || "#000", muted: root.getPropertyValue("--muted").trim() || "#555" };
    const text = composeChartSvg(svg, { title, subtitle, source: sourceLine, permalink: permalink(entry?.sha256), legend }, size, colors, lang);
    const suffix = size === SQUARE ? "-square" : "";
    if (format === "svg") saveBlob(new Blob([text], { type: "image/svg+xml" }), name(`svg`));
    else saveBlob(await svgToPng(text, size), name(`png`).replace(/\.png$/, `${suffix}.png`));
  };

  return (
    <div className="share-menu" role="group" aria-label={t("shareGroup", { title })}>
      <button type="button" onClick={run(csv)}>{t("downloadCsv")}</button>
      <button type="button" onClick={run(zip)}>{t("downloadZip")}</button>
      <button type="button" onClick={run(full)} disabled={!entry}>{t("downloadFull")}</button>
      <button type="button" onClick={run(image(LANDSCAPE, "png"))}>{t("downloadPng")}</button>
      <button type="button" onClick={run(image(SQUARE, "png"))}>{t("downloadSquarePng")}</button>
      <button type="button" onClick={run(image(LANDSCAPE, "svg"))}>{t("downloadSvg")}</button>
      <button type="button" onClick={() => setDialog("embed")}>{t("embed")}</button>
      <button type="button" onClick={() => setDialog("cite")}>{t("cite")}</button>
      {error && <p role="alert">{error}</p>}
      <Dialog open={dialog === "cite"} title={t("citeTitle")} onClose={() => setDialog(null)}>
        {citeReady ? (
          <>
            <h3>{t("citeText")}</h3>
            <textarea readOnly rows={4} value={citationText(citation())} aria-label={t("citeText")} />
            <h3>BibTeX</h3>
            <textarea readOnly rows={8} value={citationBibtex(citation())} aria-label="BibTeX" />
          </>
        ) : (
          <LoadingState label={t("loadingData")} />
        )}
      </Dialog>
      <EmbedDialog open={dialog === "embed"} onClose={() => setDialog(null)} cardId={cardId} title={title} version={entry?.sha256} />
    </div>
  );
}
