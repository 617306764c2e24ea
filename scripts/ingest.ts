import { parseArgs } from "node:util";
import { CURATED_DIR } from "./lib/curated";
import { onlineContext } from "./online/options";
import { runIngest } from "./run-ingest";

const USAGE =
  "usage: npm run ingest -- [dataset-id ...] [--from <folder of source snapshots>] [--out data] [--curated data/curated] [--online [--years 2005-2024]]";

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: "string" },
      out: { type: "string", default: "data" },
      curated: { type: "string", default: CURATED_DIR },
      online: { type: "boolean", default: false },
      years: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return console.error(USAGE);
  await runIngest({
    ids: positionals,
    from: values.from ? { folder: values.from } : { web: true },
    out: values.out,
    curatedDir: values.curated,
    log: (line) => console.error(line),
    online: values.online ? onlineContext(values.years, (line) => console.error(line)) : undefined,
  });
  console.error(`wrote ${values.out}/manifest.json`);
}

main().catch((error: unknown) => {
  console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error("data/ was left as it was.");
  process.exit(1);
});
