import { onlineDataset } from "./lib/online-dataset";

export const oecdServicesJapan = onlineDataset({
  id: "oecd-services-japan",
  title: "Korea–Japan audiovisual services and IP charges (OECD)",
  description:
    "Exports and imports of audiovisual and related services (EBOPS SK1) and of charges for the use of intellectual property (SH) between Korea and Japan, by year, as each country reports them to the OECD. Built only by an online refresh.",
  notes: ["Charges for the use of IP cover all industries (patents, trademarks, software licences), not content alone."],
  adapter: "oecd",
});
