import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { ShareMenu } from "../../src/components/share-menu";
import type { IndexEntry } from "../../src/data/data-index";
import { DEFAULT_VIEW } from "../../src/state/url-codec";
import { useViewStore } from "../../src/state/view-store";
import { renderWithQuery } from "../helpers/render";

const entry = {
  id: "trade-flows", file: "trade-flows.csv", kind: "observation", sha256: "ab".repeat(32), bytes: 10, rows: 1, versions: [],
  sources: [{ attribution: "Example Daily, 2023" }],
} satisfies IndexEntry;

function renderMenu() {
  const card = { current: document.createElement("section") };
  renderWithQuery(
    <ShareMenu cardId="flows" title="Content trade between Korea and Japan" subtitle="Exports and imports" sourceLine="Sources: Example Daily"
      share={{ entry, table: () => ({ headers: ["Year"], rows: [[2016]] }) }} card={card} />,
  );
}

beforeEach(() => useViewStore.setState({ ...DEFAULT_VIEW, sector: "music" }));

describe("ShareMenu", () => {
  it("cites the view with a permalink pinned to the data version and today's date", async () => {
    renderMenu();
    await userEvent.click(screen.getByRole("button", { name: "Cite" }));
    const text = ((await screen.findByLabelText("Citation", { selector: "textarea" })) as HTMLTextAreaElement).value;
    expect(text).toContain('"Content trade between Korea and Japan."');
    expect(text).toContain("?sector=music&v=abababababab");
    expect(text).toContain(`accessed ${new Date().toISOString().slice(0, 10)}`);
    expect((screen.getByLabelText("BibTeX") as HTMLTextAreaElement).value).toMatch(/^@misc\{kjcontent-/);
  });

  it("gives an iframe snippet for this chart alone, lazily loaded at full width, with the sizing script", async () => {
    renderMenu();
    await userEvent.click(screen.getByRole("button", { name: "Embed" }));
    await screen.findByLabelText("Embed code");
    const code = () => (screen.getByLabelText("Embed code") as HTMLTextAreaElement).value;
    expect(code()).toMatch(/<iframe src="[^"]*sector=music&amp;embed=1&amp;card=flows" [^>]*loading="lazy" width="100%"/);
    expect(code()).toContain('<script src="http://localhost:3000/embed.js" async></script>');
    await userEvent.click(screen.getByLabelText("Show the filters"));
    expect(code()).toContain("controls=0");
    await userEvent.click(screen.getByLabelText("Pin to this version of the data"));
    expect(code()).toContain("v=abababababab");
  });
});
