import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSourceFile } from "../../scripts/lib/source-files";

const BODY = "date,position\n2023-06-26,1\n";
let base = "";
const server = createServer((req, res) => {
  if (req.url === "/top50.csv") return res.end(BODY);
  res.statusCode = 404;
  res.end();
});

beforeAll(async () => {
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe("readSourceFile from the publisher's URL", () => {
  it("downloads and decodes the file", async () => {
    const read = await readSourceFile({ folder: "x", file: "top50.csv", url: `${base}/top50.csv` }, { web: true });
    expect(read).toEqual({ text: BODY, file: `${base}/top50.csv` });
  });

  it("says which URL failed and how", async () => {
    await expect(readSourceFile({ folder: "x", file: "gone.csv", url: `${base}/gone.csv` }, { web: true })).rejects.toThrow(
      `${base}/gone.csv: download failed: HTTP 404`,
    );
  });

  it("asks for a local snapshot when the publisher has no download", async () => {
    await expect(readSourceFile({ folder: "kobis", file: "list.csv", url: null }, { web: true })).rejects.toThrow(
      /kobis\/list\.csv: this source has no machine-readable download .* pass --from/,
    );
  });
});
