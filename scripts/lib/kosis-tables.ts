import { z } from "zod";
import type { Source } from "../../src/data/manifest";

/** A KOSIS table of Korea's exports by destination region, and how its region codes read. */
export const kosisTableSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, "lower-case letters, digits and hyphens"),
  orgId: z.string().regex(/^\d+$/),
  tblId: z.string().regex(/^DT_\w+$/),
  /** "ALL", or the one item (e.g. the export value) when the table has several. */
  itmId: z.string().min(1),
  sector: z.string().min(1),
  measure: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  publisher: z.string().min(1),
  cite: z.string().min(1),
  startYear: z.number().int().min(1990),
  regions: z.strictObject({
    total: z.string().regex(/^\d+$/),
    japan: z.string().regex(/^\d+$/),
    unclassified: z.string().regex(/^\d+$/).nullable(),
  }),
});
export type KosisTable = z.infer<typeof kosisTableSchema>;

/** KOCCA's Content Industry Survey, music industry exports by region (KOSIS region codes 001–008). */
export const KOSIS_MUSIC: KosisTable = {
  id: "kosis-music",
  orgId: "113",
  tblId: "DT_113_STBL_1020468",
  itmId: "ALL",
  sector: "music",
  measure: "kosis-music-by-region",
  title: "Content Industry Survey: music industry exports by region (KOSIS table 113/DT_113_STBL_1020468)",
  publisher: "Korea Creative Content Agency (KOCCA) via KOSIS",
  cite: "KOCCA, Content Industry Survey (KOSIS)",
  startYear: 2005,
  regions: { total: "001", japan: "003", unclassified: "008" },
};

export const tableRef = (t: KosisTable) => `${t.orgId}/${t.tblId}`;

/** Provenance of a KOSIS table: the publisher's page, and where it was read when that was a copy. */
export function kosisSource(t: KosisTable, read: Pick<Source, "retrieved" | "via" | "repairs">): Source {
  return {
    id: t.id,
    publisher: t.publisher,
    title: t.title,
    url: `https://kosis.kr/statHtml/statHtml.do?orgId=${t.orgId}&tblId=${t.tblId}`,
    terms: `KOSIS statistics are public; cite "${t.cite}".`,
    attribution: `Source: ${t.cite}`,
    retrieved: read.retrieved,
    via: read.via,
    repairs: read.repairs,
  };
}
