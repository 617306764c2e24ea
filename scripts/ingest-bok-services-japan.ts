import { onlineDataset } from "./lib/online-dataset";

export const bokServicesJapan = onlineDataset({
  id: "bok-services-japan",
  title: "Korea's services trade with Japan (Bank of Korea)",
  description:
    "Korea's services receipts from Japan and payments to Japan by year, from the Bank of Korea's current account by region (ECOS table 301Y015). Built only by an online refresh with an ECOS key.",
  notes: ["All services, not content alone: the Bank of Korea's regional table does not split services by type for each partner."],
  adapter: "ecos",
});
