import { I18nProvider } from "@lingui/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { vi } from "vitest";
import { i18n } from "../../src/i18n/i18n";
import { DATA_INDEX_ELEMENT, toDataIndex } from "../../src/data/data-index";
import { manifestSchema } from "../../src/data/manifest";

/** Put the index of a manifest into the page, as the built index.html carries it (none for a manifest that is not one). */
export function installIndex(manifest: string | { status: number } | undefined) {
  document.getElementById(DATA_INDEX_ELEMENT)?.remove();
  if (typeof manifest !== "string") return;
  const element = document.createElement("script");
  element.type = "application/json";
  element.id = DATA_INDEX_ELEMENT;
  element.textContent = JSON.stringify(toDataIndex(manifestSchema.parse(JSON.parse(manifest))));
  document.head.append(element);
}

/** Serve files from a folder (or fixed bodies) to fetch("…/data/<file>"), with the index of their manifest in the page. */
export function stubData(files: Record<string, string | { status: number }>) {
  installIndex(files["manifest.json"]);
  const fetchMock = vi.fn(async (url: string) => {
    const name = String(url).split("/data/")[1]?.split("?")[0] ?? "";
    const body = files[name];
    if (body === undefined) return new Response("", { status: 404 });
    if (typeof body !== "string") return new Response("", { status: body.status });
    return new Response(body, { status: 200 });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** Render inside a fresh QueryClient and the page's translations (English unless a test activates another language). */
export function renderWithQuery(ui: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <I18nProvider i18n={i18n}>
      <QueryClientProvider client={client}>{ui}</QueryClientProvider>
    </I18nProvider>,
  );
}
