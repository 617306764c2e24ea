import { writeFileSync } from "node:fs";
import { IDS_FILE, messageIdsModule, typedEnglish } from "./lib/catalogues";

writeFileSync(IDS_FILE, messageIdsModule(typedEnglish()));
console.error(`wrote ${IDS_FILE}`);
