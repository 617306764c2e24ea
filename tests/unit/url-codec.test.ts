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
    view({ view: "charts", event: "suzume", before: 26, after: 4 }),
    view({ view: "share", event: "export-curbs", before: 5, after: 1 }),
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

  it("writes the comparison windows only around an event and only when they differ from the unit's default", () => {
    expect(serializeView(view({ view: "charts", event: "suzume", before: 12, after: 12 }))).toBe("?view=charts&event=suzume");
    expect(serializeView(view({ view: "charts", event: "suzume", before: 8 }))).toBe("?view=charts&event=suzume&before=8");
    expect(serializeView(view({ view: "trade", event: "export-curbs", before: 3, after: 2 }))).toBe("?view=trade&event=export-curbs&after=2");
    expect(serializeView(view({ view: "trade", before: 2, after: 2 }))).toBe("?view=trade");
  });

  it("reads the windows in the view's unit: years for yearly views and the box office, weeks for weekly charts", () => {
    expect(parseView("?event=world-cup-2002&before=3&after=3")).toEqual(view({ event: "world-cup-2002" }));
    expect(parseView("?event=world-cup-2002&before=1&after=5")).toMatchObject({ before: 1, after: 5 });
    expect(parseView("?event=world-cup-2002&before=12&after=9")).toMatchObject({ before: 5, after: 5 });
    expect(parseView("?view=charts&chart=boxoffice&event=suzume&before=12")).toMatchObject({ before: 5 });
    expect(parseView("?view=charts&event=suzume&before=2&after=52")).toMatchObject({ before: 4, after: 52 });
    expect(parseView("?view=charts&chart=spotify&event=suzume&before=12&after=12")).toMatchObject({ before: undefined, after: undefined });
  });

  it("drops mangled windows, and windows without an event", () => {
    for (const bad of ["", "x", "3.5", "-2", "0", "99", "1e9", "%20"]) {
      expect(parseView(`?view=charts&event=suzume&before=${bad}&after=${bad}`)).toEqual(view({ view: "charts", event: "suzume" }));
    }
    expect(parseView("?view=charts&before=8&after=8")).toEqual(view({ view: "charts" }));
  });
});
