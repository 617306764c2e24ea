import { writeFileSync } from "node:fs";
import { IDS_FILE, messageIdsModule, readCatalogue } from "./lib/catalogues";

writeFileSync(IDS_FILE, messageIdsModule({ ...readCatalogue("en"), ...readCatalogue("en", "exports") }));
console.error(`wrote ${IDS_FILE}`);
