import { factDataset } from "./lib/fact-dataset";

export const exportShare = factDataset({
  id: "export-share",
  title: "Japan's share of Korea's content exports",
  description:
    "The share of Korea's cultural-content exports (and, where reported, imports) that goes to or comes from Japan, by year and sector.",
  notes: [
    "Shares come from different statistics (KOCCA surveys, broadcasting surveys, the game white paper, Customs album data, Bank of Korea services trade) and are not chained together.",
    "No share is computed here from two figures: every share is the one the source states.",
    "Shares that Japan reports of its own exports (Korea's and Asia's shares of Japan MIC's broadcast exports) are in the facts dataset, not here.",
  ],
  indicators: ["export_share", "import_share"],
  where: (fact) => fact.reporter === "KOR",
});
