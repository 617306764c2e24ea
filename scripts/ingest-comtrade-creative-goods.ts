import { onlineDataset } from "./lib/online-dataset";

export const comtradeCreativeGoods = onlineDataset({
  id: "comtrade-creative-goods",
  title: "Korea–Japan trade in creative goods (UN Comtrade)",
  description:
    "Goods trade between Korea and Japan in recorded media (HS 8523), printed books (4901), newspapers and periodicals (4902) and games and consoles (9504), by year, as each country reports it to UN Comtrade. Built only by an online refresh.",
  notes: ["Values in US dollars. HS 8523 includes blank media and HS 9504 includes gaming equipment, not only content."],
  adapter: "comtrade",
});
