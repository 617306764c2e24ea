import { fetchComtrade } from "./comtrade";
import { missingKeys, type KeyName, type OnlineContext } from "./context";
import { fetchEcos } from "./ecos";
import { fetchKobis } from "./kobis";
import { fetchKosis } from "./kosis";
import { fetchOecd } from "./oecd";

/** Every online source: the keys it needs and how it reads the publisher's API. */
export const ADAPTERS = {
  kosis: { name: "KOSIS OpenAPI", keys: ["KOSIS_API_KEY"], read: (ctx: OnlineContext) => fetchKosis(ctx) },
  ecos: { name: "Bank of Korea ECOS", keys: ["ECOS_API_KEY"], read: fetchEcos },
  comtrade: { name: "UN Comtrade (COMTRADE_API_KEY optional)", keys: [], read: fetchComtrade },
  oecd: { name: "OECD SDMX (no key)", keys: [], read: fetchOecd },
  kobis: { name: "KOBIS open API", keys: ["KOBIS_API_KEY"], read: fetchKobis },
} satisfies Record<string, { name: string; keys: KeyName[]; read: (ctx: OnlineContext) => Promise<unknown> }>;

export type OnlineKey = keyof typeof ADAPTERS;
export type OnlineData = { [K in OnlineKey]?: Awaited<ReturnType<(typeof ADAPTERS)[K]["read"]>> };

/** Check every key first, then read each source once; any failure throws before anything is written. */
export async function readOnline(keys: OnlineKey[], ctx: OnlineContext): Promise<OnlineData> {
  const unique = [...new Set(keys)];
  const missing = [...new Set(unique.flatMap((k) => ADAPTERS[k].keys as KeyName[]))].filter((name) => !ctx.env[name]?.trim());
  if (missing.length > 0) throw new Error(missingKeys(missing));
  const data: OnlineData = {};
  for (const key of unique) Object.assign(data, { [key]: await ADAPTERS[key].read(ctx) });
  return data;
}
