import Papa from "papaparse";

/** Tokenises one CSV text off the main thread; the page validates the rows it gets back. */
self.onmessage = (event: MessageEvent<string>) => {
  const result = Papa.parse<Record<string, string>>(event.data, { header: true, skipEmptyLines: true });
  self.postMessage(result);
};
