import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/data/parse-csv";
import { labelRowSchema, observationRowSchema } from "../../src/data/schemas";
import { withIssueMessages } from "../../src/data/zod-messages";

const shipped = readFileSync("data/trade-flows.csv", "utf8");
const [header, first] = shipped.split("\n");
const status = header.split(",").indexOf("status");
// The first row with its status replaced; its other cells stay as shipped (none of them is quoted before status).
const bad = `${header}\n${first.split(",").map((cell, i) => (i === status ? "finished" : cell)).join(",")}\n`;

describe("a failed check in the page", () => {
  it("names the allowed values, once zod's English messages have loaded", async () => {
    await expect(withIssueMessages(() => parseCsv(bad, observationRowSchema, "trade-flows.csv"))).rejects.toThrow(
      'trade-flows.csv, line 2: column "status": Invalid option: expected one of "final"|"estimate"|"preliminary" (got "finished")',
    );
  });

  it("returns the rows of a good file as they parse", async () => {
    const rows = await withIssueMessages(() => parseCsv("kind,key,label\nsector,music,Music\n", labelRowSchema, "labels.csv"));
    expect(rows).toEqual([{ kind: "sector", key: "music", label: "Music", labelKo: "", labelJa: "" }]);
  });
});
