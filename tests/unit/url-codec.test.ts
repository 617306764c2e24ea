import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseView, serializeView, type View } from "../../src/state/url-codec";

const view = (overrides: Partial<View>): View => ({ ...DEFAULT_VIEW, ...overrides });

describe("serializeView and parseView", () => {
  it.each([
    view({}),
    view({ view: "charts", chart: "hot100", week: "2023-01-16", table: "1" }),
    view({ view: "trade", dir: "JPN-KOR", sector: "music", from: 2010, to: 2020, event: "world-cup-2002" }),
    view({ view: "charts", chart: "netflix", country: "KR", cat: "TV", q: "The Glory: Season 1 & more" }),
    view({ view: "market", market: "JPN", sector: "all_DCAJ" }),
  ])("round-trips %o", (v) => {
    expect(parseView(serializeView(v))).toEqual(v);
  });

  it("writes nothing for the defaults and only what differs otherwise", () => {
    expect(serializeView(DEFAULT_VIEW)).toBe("");
    expect(DEFAULT_VIEW.view).toBe("overview");
    expect(serializeView(view({ view: "trade" }))).toBe("?view=trade");
    expect(parseView("?view=coverage").view).toBe("coverage");
    expect(serializeView(view({ view: "share", to: 2010 }))).toBe("?view=share&to=2010");
  });

  it("falls back to the default for each mangled or unknown parameter, keeping the good ones", () => {
    const parsed = parseView("?view=nope&from=19x8&to=2015&chart=tiktok&country=FR&week=2023-13&table=yes&sector=%3Cscript%3E&extra=1");
    expect(parsed).toEqual(view({ to: 2015 }));
  });

  it("keeps years within the dashboard's range, 1998 on", () => {
    expect(parseView("?from=1990&to=1995")).toMatchObject({ from: DEFAULT_VIEW.from, to: DEFAULT_VIEW.to });
  });

  it("restores the default years when from is after to", () => {
    expect(parseView("?from=2020&to=2005")).toMatchObject({ from: DEFAULT_VIEW.from, to: DEFAULT_VIEW.to });
  });
});
