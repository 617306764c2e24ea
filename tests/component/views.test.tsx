import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ComponentType } from "react";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import ChartsView from "../../src/features/charts/charts-view";
import MarketView from "../../src/features/market/market-view";
import ShareView from "../../src/features/share/share-view";
import TradeView from "../../src/features/trade/trade-view";
import { loadExtra } from "../../src/i18n/i18n";
import { DEFAULT_VIEW, type View } from "../../src/state/url-codec";
import { useViewStore } from "../../src/state/view-store";
import { fixtureData } from "../helpers/ingest-workspace";
import { renderWithQuery, stubData } from "../helpers/render";

let data: Record<string, string>;
// The view's messages, which the page fetches with its code (src/app/view-modules.ts).
beforeAll(() => Promise.all([loadExtra("charts", "en"), loadExtra("figures", "en")]));
beforeAll(async () => {
  data = await fixtureData();
});
beforeEach(() => useViewStore.setState(DEFAULT_VIEW));

type Case = {
  name: string;
  View: ComponentType;
  view: Partial<View>;
  file: string;
  title: string;
  /** A cell the table must show once the chart is switched to its table. */
  cell: string;
  /** A view whose filters match nothing. */
  empty: Partial<View>;
};

const loaded = () => waitFor(() => expect(screen.queryAllByText(/Loading/)).toHaveLength(0));

const CASES: Case[] = [
  { name: "trade flows", View: TradeView, view: {}, file: "trade-flows.csv", title: "Korea's exports to Japan: Music", cell: "277.29 US$ million", empty: { from: 1998, to: 2000 } },
  { name: "market size", View: MarketView, view: { view: "market" }, file: "market-size.csv", title: "Japan's content market in yen", cell: "12.85", empty: { from: 1998, to: 2000 } },
  { name: "export share", View: ShareView, view: { view: "share" }, file: "export-share.csv", title: "Japan's share of Korea's exports: Music", cell: "75.25", empty: { from: 1998, to: 2000 } },
  { name: "chart rankings", View: ChartsView, view: { view: "charts", chart: "netflix", country: "JP" }, file: "parts/netflix-cross-border-jp.csv", title: "Korean titles in Japan's Netflix top 10", cell: "The Glory (1); Physical: 100 (3)", empty: { from: 2010, to: 2012 } },
];

describe.each(CASES)("$name view", ({ View, view, file, title, cell, empty }) => {
  beforeEach(() => useViewStore.setState({ ...DEFAULT_VIEW, ...view }));

  it("shows a loading state, then the chart with its title, unit and source line", async () => {
    stubData(data);
    renderWithQuery(<View />);
    expect(screen.getAllByRole("status").map((s) => s.textContent).join(" ")).toMatch(/Loading/);
    await loaded();
    const card = screen.getAllByRole("heading", { name: title })[0].closest("section")!;
    expect(card.querySelector(".source-line")).toHaveTextContent(/Source/);
    expect(card.querySelector("figure.time-chart svg.recharts-surface")).not.toBeNull();
  });

  it("switches to a table holding the same figures", async () => {
    stubData(data);
    renderWithQuery(<View />);
    await loaded();
    const card = screen.getAllByRole("heading", { name: title })[0].closest("section")!;
    const others = screen.getAllByRole("button", { name: "Show table" }).length - 1;
    await userEvent.click(within(card).getByRole("button", { name: "Show table" }));
    expect(await within(card).findByRole("table")).toHaveTextContent(cell);
    expect(within(card).getByRole("button", { name: "Show chart" })).toBeInTheDocument();
    // Only this card switched: the others still offer their table.
    expect(screen.getAllByRole("button", { name: "Show table" })).toHaveLength(others);
  });

  it("says when the filters match nothing and offers a reset", async () => {
    useViewStore.setState(empty);
    stubData(data);
    renderWithQuery(<View />);
    await screen.findAllByText("Nothing matches these filters.");
    const card = screen.getAllByRole("heading", { name: title })[0].closest("section")!;
    expect(within(card).getByText("Nothing matches these filters.")).toBeInTheDocument();
    await userEvent.click(within(card).getByRole("button", { name: "Reset filters" }));
    expect(within(card).queryByText("Nothing matches these filters.")).toBeNull();
  });

  it("names the dataset and the reason when its file is broken", async () => {
    stubData({ ...data, [file]: "week,chart\nnot,enough" });
    renderWithQuery(<View />);
    const alert = (await screen.findAllByRole("alert"))[0];
    expect(alert).toHaveTextContent(`could not be shown`);
    expect(alert).toHaveTextContent(`${file}, line 1: missing column`);
  });
});
