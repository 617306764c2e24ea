/** The observation datasets the coverage map is built from. */
export const COVERAGE_DATASETS = ["trade-flows", "market-size", "export-share", "box-office"] as const;
