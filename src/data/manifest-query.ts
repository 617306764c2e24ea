import { queryOptions } from "@tanstack/react-query";
import { DataError } from "./data-error";
import { fetchText } from "./fetch-data";
import { manifestSchema } from "./manifest";
import { withIssueMessages } from "./zod-messages";

/** The full manifest (titles, columns, sources, versions of every dataset): only panels that list or cite them load it. */
export const manifestQuery = () =>
  queryOptions({
    queryKey: ["manifest"],
    queryFn: async () => {
      const json: unknown = JSON.parse(await fetchText("manifest.json"));
      return withIssueMessages(() => {
        const parsed = manifestSchema.safeParse(json);
        if (!parsed.success) throw new DataError("manifest.json", null, parsed.error.issues[0]?.message ?? "invalid");
        return parsed.data;
      });
    },
    staleTime: Infinity,
  });
