import { parseArgs } from "node:util";
import { CURATED_DIR } from "./lib/curated";
import { runIngest } from "./run-ingest";

const USAGE = "usage: npm run ingest -- [dataset-id ...] [--from <folder of source snapshots>] [--out data] [--curated data/curated]";

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: "string" },
      out: { type: "string", default: "data" },
      curated: { type: "string", default: CURATED_DIR },
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
  });
  console.error(`wrote ${values.out}/manifest.json`);
}

main().catch((error: unknown) => {
  console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error("data/ was left as it was.");
  process.exit(1);
});
