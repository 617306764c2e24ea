import { parseArgs } from "node:util";
import { CURATED_DIR } from "./lib/curated";
import { onlineContext } from "./online/options";
import { describeSkipped, runIngest } from "./run-ingest";

const USAGE =
  "usage: npm run ingest -- [dataset-id ...] [--from <folder of source snapshots>] [--out data] [--curated data/curated] [--allow-shrink] [--online [--years 2005-2024]]";

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      from: { type: "string" },
      out: { type: "string", default: "data" },
      curated: { type: "string", default: CURATED_DIR },
      "allow-shrink": { type: "boolean", default: false },
      online: { type: "boolean", default: false },
      years: { type: "string" },
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
    online: values.online ? onlineContext(values.years, (line) => console.error(line)) : undefined,
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
