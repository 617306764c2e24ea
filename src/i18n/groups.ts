/**
 * The message groups besides the page's own catalogue, each in src/locales/<group>/<language>.po and fetched with
 * the part of the page that uses it: downloads, citations and the list of datasets, the datasets' titles and descriptions, the views (trade, market size and export share share one),
 * the comparison panel, and the share, embed and cite dialogs.
 */
export const MESSAGE_GROUPS = ["exports", "datasets", "overview", "figures", "charts", "coverage", "compare", "dialogs"] as const;
export type MessageGroup = (typeof MESSAGE_GROUPS)[number];
