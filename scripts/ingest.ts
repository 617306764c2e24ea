import { parseArgs } from "node:util";
import { CURATED_DIR } from "./lib/curated";
import { describeSkipped, runIngest } from "./run-ingest";

const USAGE =
  "usage: npm run ingest -- [dataset-id ...] [--from <folder of source snapshots>] [--out data] [--curated data/curated] [--allow-shrink]";

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: "string" },
      out: { type: "string", default: "data" },
      curated: { type: "string", default: CURATED_DIR },
      "allow-shrink": { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return console.error(USAGE);
  const { written, skipped } = await runIngest({
    ids: positionals,
    from: values.from ? { folder: values.from } : { web: true },
    out: values.out,
    curatedDir: values.curated,
    allowShrink: values["allow-shrink"],
    log: (line) => console.error(line),
  });
  const plural = (n: number) => `${n} dataset${n === 1 ? "" : "s"}`;
  console.error(`wrote ${plural(written.length)} (${written.map((e) => e.id).join(", ")}) and ${values.out}/manifest.json`);
  if (skipped.length > 0) {
    console.error(`skipped ${plural(skipped.length)} whose publishers offer no download; their files in ${values.out}/ are as they were:`);
    for (const line of describeSkipped(skipped)) console.error(`  ${line}`);
  }
}

main().catch((error: unknown) => {
  console.error(`ingest failed: ${error instanceof Error ? error.message : String(error)}`);
  console.error("Nothing was written: the output folder is as it was.");
  process.exit(1);
});
