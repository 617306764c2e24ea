import { screen, waitFor } from "@testing-library/react";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import ChartsView from "../../src/features/charts/charts-view";
import { loadExtra } from "../../src/i18n/i18n";
import { DEFAULT_VIEW } from "../../src/state/url-codec";
import { startUrlSync } from "../../src/state/url-sync";
import { useViewStore } from "../../src/state/view-store";
import { fixtureData } from "../helpers/ingest-workspace";
import { renderWithQuery, stubData } from "../helpers/render";

let data: Record<string, string>;
let stop = () => {};
// The view's messages, which the page fetches with its code (src/app/view-modules.ts).
beforeAll(() => loadExtra("charts", "en"));
beforeAll(async () => {
  data = await fixtureData();
});
beforeEach(() => useViewStore.setState(DEFAULT_VIEW));
afterEach(() => stop());

/** Open the charts view at a URL, with the address bar kept in step as in the app. */
async function open(search: string) {
  window.history.replaceState(null, "", `/${search}`);
  stop = startUrlSync(window);
  stubData(data);
  renderWithQuery(<ChartsView />);
  await waitFor(() => expect(screen.queryAllByText(/Loading/)).toHaveLength(0));
}

describe("the week in the URL", () => {
  it("is kept when the chart has that week, and its list is shown", async () => {
    await open("?view=charts&week=2023-03-12");
    expect(await screen.findByRole("heading", { name: "Week of 12 March 2023" })).toBeInTheDocument();
    expect(window.location.search).toBe("?view=charts&week=2023-03-12");
  });

  it("falls back to no week, and leaves the URL, when the chart has no such week", async () => {
    await open("?view=charts&chart=hot100&week=2024-01-01");
    expect(await screen.findByRole("heading", { name: "Choose a week (or click the chart)" })).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toBe("?view=charts&chart=hot100"));
    expect(useViewStore.getState().week).toBeUndefined();
  });

  it("leaves the URL at once when it is no day of the dashboard's years", async () => {
    await open("?view=charts&week=2099-01-01");
    expect(window.location.search).toBe("?view=charts");
  });
});
