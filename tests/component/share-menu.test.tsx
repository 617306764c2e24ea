import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ShareMenu } from "../../src/components/share-menu";
import type { IndexEntry } from "../../src/data/data-index";
import { activateLanguage } from "../../src/i18n/i18n";
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
afterEach(() => activateLanguage("en"));

describe("ShareMenu", () => {
  it("cites the view with a permalink pinned to the data version and today's date", async () => {
    renderMenu();
    await userEvent.click(screen.getByRole("button", { name: "Cite" }));
    const text = ((await screen.findByLabelText("Citation", { selector: "textarea" })) as HTMLTextAreaElement).value;
    expect(text).toContain('"Content trade between Korea and Japan."');
    expect(text).toContain("?sector=music&v=abababababab");
    expect(text).toContain(`accessed ${new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" })}`);
    expect((screen.getByLabelText("BibTeX") as HTMLTextAreaElement).value).toMatch(/^@misc\{kjcontent-/);
  });

  it("gives an iframe snippet for this chart alone, lazily loaded at full width, with the sizing script", async () => {
    renderMenu();
    await userEvent.click(screen.getByRole("button", { name: "Embed" }));
    await screen.findByLabelText("Embed code");
    const code = () => (screen.getByLabelText("Embed code") as HTMLTextAreaElement).value;
    expect(code()).toMatch(/<iframe src="[^"]*sector=music&amp;embed=1&amp;card=flows&amp;lang=en" [^>]*loading="lazy" width="100%"/);
    expect(code()).toContain('<script src="http://localhost:3000/embed.js" async></script>');
    await userEvent.click(screen.getByLabelText("Show the filters"));
    expect(code()).toContain("controls=0");
    await userEvent.click(screen.getByLabelText("Pin to this version of the data"));
    expect(code()).toContain("v=abababababab");
  });

  it("in Korean, labels every control in Korean and keeps the language in the embed and the citation", async () => {
    useViewStore.setState({ lang: "ko" });
    await activateLanguage("ko");
    renderMenu();
    await userEvent.click(screen.getByRole("button", { name: "임베드" }));
    expect((screen.getByLabelText("임베드 코드") as HTMLTextAreaElement).value).toContain("lang=ko");
    await userEvent.click(screen.getByRole("button", { name: "인용" }));
    const text = ((await screen.findByLabelText("인용 표기", { selector: "textarea" })) as HTMLTextAreaElement).value;
    expect(text).toMatch(/^한일 콘텐츠 교역 대시보드\. “Content trade between Korea and Japan”\. 데이터 버전 abababababab\. \S*lang=ko \(\d{4}년 \d{1,2}월 \d{1,2}일 접속\)\.$/);
  });
});
