import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeAll, describe, expect, it } from "vitest";
import { AboutData } from "../../src/components/about-data";
import { fixtureData } from "../helpers/ingest-workspace";
import { renderWithQuery, stubData } from "../helpers/render";

let data: Record<string, string>;
beforeAll(async () => {
  data = await fixtureData();
});

/** As a reader opens it: the list's code and its messages load then. */
async function openAboutData() {
  renderWithQuery(<AboutData />);
  await userEvent.click(screen.getByText("About the data: every dataset, its coverage and sources"));
}

describe("the list of datasets", () => {
  it("shows a loading state, then every dataset with coverage, rows and source", async () => {
    stubData(data);
    await openAboutData();
    expect(screen.getByRole("status")).toHaveTextContent("Loading the list of datasets");
    expect(await screen.findByRole("heading", { name: "Datasets" })).toBeInTheDocument();
    const card = (await screen.findByRole("heading", { name: "Korean acts in Billboard JAPAN's Hot 100" })).closest("li")!;
    expect(card).toHaveTextContent("8 February 2010 – 15 February 2010");
    expect(card).toHaveTextContent("Billboard JAPAN Hot 100 (billboard-japan.com)");
    expect(screen.getAllByRole("listitem")).toHaveLength(15);
    const netflix = screen.getByRole("heading", { name: "Netflix top 10 in Japan and Korea, week by week" }).closest("li")!;
    expect(netflix).toHaveTextContent("1 of 6 names of unknown origin");
  });

  it("shows which file failed and lets the reader try again", async () => {
    const fetchMock = stubData({ "manifest.json": { status: 500 } });
    await openAboutData();
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The list of datasets could not be loaded.");
    expect(alert).toHaveTextContent("manifest.json: could not be loaded (HTTP 500)");
    stubData(data);
    await userEvent.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { name: "All cited figures" })).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
