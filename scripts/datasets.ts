import { bokServicesJapan } from "./ingest-bok-services-japan";
import { boxOffice } from "./ingest-box-office";
import { boxOfficeFilms } from "./ingest-box-office-films";
import { comtradeCreativeGoods } from "./ingest-comtrade-creative-goods";
import { events } from "./ingest-events";
import { exportShare } from "./ingest-export-share";
import { facts } from "./ingest-facts";
import { flixpatrol2020 } from "./ingest-flixpatrol-2020";
import { hot100Korean } from "./ingest-hot100-korean";
import { labels } from "./ingest-labels";
import { marketSize } from "./ingest-market-size";
import { netflixCrossBorder } from "./ingest-netflix-cross-border";
import { netflixGlobal } from "./ingest-netflix-global";
import { netflixLists } from "./ingest-netflix-lists";
import { oecdServicesJapan } from "./ingest-oecd-services-japan";
import { overview } from "./ingest-overview";
import { spotifyWeekly } from "./ingest-spotify-weekly";
import { tradeFlows } from "./ingest-trade-flows";
import type { DatasetSpec } from "./lib/dataset";

/** Every dataset, in the order the manifest lists them. */
export const DATASETS: DatasetSpec[] = [
  tradeFlows, marketSize, exportShare, boxOffice, boxOfficeFilms, netflixCrossBorder, netflixLists,
  netflixGlobal, spotifyWeekly, hot100Korean, flixpatrol2020, events, facts, labels,
  bokServicesJapan, comtradeCreativeGoods, oecdServicesJapan, overview,
];
