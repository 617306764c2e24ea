import { factDataset } from "./lib/fact-dataset";

export const marketSize = factDataset({
  id: "market-size",
  title: "Content market size of Japan and Korea",
  description:
    "The size of Japan's and Korea's content markets and Korea's content-industry sales by year, in the currency each source reports, with world ranks where a source gives them.",
  notes: [
    "Japan's market is measured by several bodies (KOCCA's overseas-market surveys in US dollars, the DCAJ Digital Content White Paper in yen, a Korea Copyright Commission report); each is its own series.",
    "No currency conversion is done: values stay in the reported currency.",
  ],
  indicators: ["market_size", "industry_sales", "world_rank", "overseas_market"],
});
