import { factDataset } from "./lib/fact-dataset";

export const marketSize = factDataset({
  id: "market-size",
  title: "Content market size of Japan and Korea",
  description:
    "The size of Japan's and Korea's content markets and Korea's content-industry sales by year, in the currency each source reports, with world ranks where a source gives them.",
  notes: [
    "Japan's market is measured by several bodies (KOCCA's overseas-market surveys and PwC's outlook in US dollars, the DCAJ Digital Content White Paper in yen, with its pre-2010 method kept apart, Human Media, Japan MIC, a Korea Copyright Commission report); each is its own series.",
    "Korea's industry sales come from the KOCCA content industry survey (2010 on), its early estimates and year-end reviews, and the older ten-sector culture-industry statistics (2003–2007): separate series.",
    "No currency conversion is done: values stay in the reported currency.",
  ],
  indicators: ["market_size", "industry_sales", "world_rank", "overseas_market"],
});
