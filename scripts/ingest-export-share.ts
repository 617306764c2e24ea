import { factDataset } from "./lib/fact-dataset";
import { kosisRows } from "./lib/kosis-inputs";
import { regionalShareRows, UNCLASSIFIED_FLAG } from "./lib/regional-table";

export const exportShare = factDataset({
  id: "export-share",
  title: "Japan's share of Korea's content exports",
  description:
    "The share of Korea's cultural-content exports (and, where reported, imports) that goes to or comes from Japan, by year and sector.",
  notes: [
    "Shares come from different statistics (KOCCA surveys, broadcasting surveys, the game white paper, Customs album data, Bank of Korea services trade) and are not chained together.",
    "Music shares from 2005 on are computed here from one KOSIS table of KOCCA's survey: exports to Japan over exports to all regions, same table and year, with both figures in the row's note. Every other share is the one the source states.",
    "Shares that Japan reports of its own exports (Korea's and Asia's shares of Japan MIC's broadcast exports) are in the facts dataset, not here.",
    `A computed share is flagged in its note where more than ${UNCLASSIFIED_FLAG * 100}% of the year's exports are not classified by region (in the music table: 2005); such a share says little about Japan.`,
  ],
  indicators: ["export_share", "import_share"],
  where: (fact) => fact.reporter === "KOR",
  extra: kosisRows(regionalShareRows, () => []),
});
