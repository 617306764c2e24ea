import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import ChartsView from "../../src/features/charts/charts-view";
import { loadExtra } from "../../src/i18n/i18n";
import { DEFAULT_VIEW } from "../../src/state/url-codec";
import { useViewStore } from "../../src/state/view-store";
import { fixtureData } from "../helpers/ingest-workspace";
import { renderWithQuery, stubData } from "../helpers/render";

let data: Record<string, string>;
beforeAll(() => loadExtra("charts", "en"));
beforeAll(async () => {
  data = await fixtureData();
});
beforeEach(() => useViewStore.setState({ ...DEFAULT_VIEW, view: "charts", chart: "netflix", country: "JP" }));

const loaded = () => waitFor(() => expect(screen.queryAllByText(/Loading/)).toHaveLength(0));
const requested = (fetch: ReturnType<typeof stubData>) => fetch.mock.calls.map(([url]) => String(url).split("/data/")[1]?.split("?")[0]);

describe("a rankings chart of one country's list", () => {
  it("loads only that list's rows, then the other list's when idle, so switching lists draws without loading", async () => {
    const fetch = stubData(data);
    renderWithQuery(<ChartsView />);
    await loaded();
    expect(requested(fetch)).toContain("parts/netflix-cross-border-jp.csv");
    expect(requested(fetch)).not.toContain("netflix-cross-border.csv");
    await waitFor(() => expect(requested(fetch)).toContain("parts/netflix-cross-border-kr.csv"));

    await userEvent.selectOptions(screen.getByLabelText("Country's list"), "KR");
    const card = screen.getAllByRole("heading", { name: "Japanese titles in Korea's Netflix top 10" })[0].closest("section")!;
    expect(within(card).queryByText(/Loading/)).toBeNull();
    await userEvent.click(within(card).getByRole("button", { name: "Show table" }));
    const table = await within(card).findByRole("table");
    expect(table).toHaveTextContent("Suzume (2)");
    expect(table).not.toHaveTextContent("The Glory");
    expect(requested(fetch).filter((f) => f === "parts/netflix-cross-border-kr.csv")).toHaveLength(1);
    expect(requested(fetch)).not.toContain("netflix-cross-border.csv");
  });

  it("shows the error of its list's file, naming it, when that file is broken", async () => {
    stubData({ ...data, "parts/netflix-cross-border-jp.csv": "week,chart\nnot,enough" });
    renderWithQuery(<ChartsView />);
    const alert = (await screen.findAllByRole("alert"))[0];
    expect(alert).toHaveTextContent("parts/netflix-cross-border-jp.csv, line 1: missing column");
    expect(screen.queryByRole("img")).toBeNull();
  });
});
