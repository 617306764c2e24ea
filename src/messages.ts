/** Every string the dashboard shows, in one place, so another language can be added without touching components. */
export const MESSAGES = {
  appTitle: "Korea–Japan content trade",
  appSubtitle: "How drama, film, music, games, comics and animation flow between Korea and Japan, from 1998 on.",
  datasetsHeading: "Datasets",
  loadingManifest: "Loading the list of datasets…",
  manifestFailed: "The list of datasets could not be loaded.",
  coverage: "Coverage",
  rows: "Rows",
  sources: "Sources",
  notes: "Notes",
  origins: "Origins",
  citedPublications: (n: number) => `${n} cited publications`,
  unknownOrigins: (unknown: number, total: number) => `${unknown} of ${total} names of unknown origin`,
  downloadCsv: "CSV",
  retry: "Try again",
} as const;
