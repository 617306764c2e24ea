import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
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
  renderWithQuery(
    <ShareMenu cardId="flows" title="Content trade between Korea and Japan" subtitle="Exports and imports" sourceLine="Sources: Example Daily"
      share={{ entry, table: async () => ({ headers: ["Year"], rows: [[2016]] }) }} draw={() => null} />,
  );
}

beforeEach(() => useViewStore.setState({ ...DEFAULT_VIEW, lang: undefined, sector: "music" }));
afterEach(() => {
  vi.unstubAllGlobals();
  return activateLanguage("en");
});

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
    expect(code()).not.toContain("controls=");
    await userEvent.click(screen.getByLabelText("Show the year range"));
    expect(code()).toContain("controls=1");
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

  it("shares the link to the view and the one pinned to the data version, and the device's share sheet where it has one", async () => {
    const share = vi.fn(async () => {});
    vi.stubGlobal("navigator", Object.assign(Object.create(navigator), { share }));
    renderMenu();
    await userEvent.click(screen.getByRole("button", { name: "Share" }));
    const link = (await screen.findByLabelText("Link to this view")) as HTMLTextAreaElement;
    expect(link.value).toMatch(/\?sector=music$/);
    expect((screen.getByLabelText("Link pinned to this data version") as HTMLTextAreaElement).value).toMatch(/\?sector=music&v=abababababab$/);
    await userEvent.click(screen.getByText("Share with an app…"));
    expect(share).toHaveBeenCalledWith({ title: "Content trade between Korea and Japan", url: link.value });
  });

  it("offers no share sheet where the browser has none", async () => {
    vi.stubGlobal("navigator", Object.assign(Object.create(navigator), { share: undefined }));
    renderMenu();
    await userEvent.click(screen.getByRole("button", { name: "Share" }));
    await screen.findByLabelText("Link to this view");
    expect(screen.queryByText("Share with an app…")).toBeNull();
  });

  it("selects the snippet and says how to copy it when the clipboard is refused", async () => {
    const writeText = vi.fn(async () => {
      throw new DOMException("Write permission denied.", "NotAllowedError");
    });
    vi.stubGlobal("navigator", Object.assign(Object.create(navigator), { clipboard: { writeText } }));
    renderMenu();
    await userEvent.click(screen.getByRole("button", { name: "Cite" }));
    const box = (await screen.findByLabelText("BibTeX")) as HTMLTextAreaElement;
    await userEvent.click(screen.getByLabelText("Copy BibTeX"));
    expect(writeText).toHaveBeenCalledWith(box.value);
    expect(document.activeElement).toBe(box);
    expect([box.selectionStart, box.selectionEnd]).toEqual([0, box.value.length]);
    expect([...document.querySelectorAll("[role=status]")].map((s) => s.textContent)).toContain(
      "This browser does not allow copying here, so the text is selected: press Ctrl+C (⌘C on a Mac) to copy it.",
    );
  });
});
