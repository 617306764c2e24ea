import { I18nProvider } from "@lingui/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { vi } from "vitest";
import { i18n } from "../../src/i18n/i18n";

/** Serve files from a folder (or fixed bodies) to fetch("…/data/<file>"). */
export function stubData(files: Record<string, string | { status: number }>) {
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
