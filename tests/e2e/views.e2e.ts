import { describe, expect, it } from "vitest";
import { BASE_URL, chartDrawn, openPage, showTable } from "./page";

const VIEWS = [
  ["trade flows", "?view=trade", "Korea's exports to Japan: Music"],
  ["market size", "?view=market", "Content market size in US dollars: Japan and Korea"],
  ["export share", "?view=share", "Japan's share of Korea's exports: Music"],
  ["Netflix", "?view=charts&chart=netflix", "Korean titles in Japan's Netflix top 10"],
  ["Netflix global", "?view=charts&chart=global", "Korean and Japanese titles in Netflix's global non-English top 10"],
  ["Spotify", "?view=charts&chart=spotify&country=KR", "Japanese acts' songs in Spotify's Top 50 South Korea"],
  ["Hot 100", "?view=charts&chart=hot100", "Korean acts in Billboard JAPAN's Hot 100"],
  ["box office", "?view=charts&chart=boxoffice", "Japanese films' share of cinema admissions in Korea"],
  ["FlixPatrol 2020", "?view=charts&chart=flixpatrol", "Korean titles in Japan's daily Netflix top 10, 2020"],
] as const;

describe("every view draws its chart from the shipped data", () => {
  it.each(VIEWS)("%s", async (_, search, title) => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/${search}`);
    await page.getByRole("heading", { name: title }).first().waitFor();
    await chartDrawn(page);
    expect(await page.locator(".recharts-surface").count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe("Korea's music exports to Japan (KOCCA survey on KOSIS)", () => {
  it("are one line of every year 2005–2024 in the trade view, with the table's source", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade&sector=music`);
    await chartDrawn(page);
    const card = page.locator(".chart-card").first();
    const names = await card.locator("svg.recharts-surface desc").first().textContent();
    expect(names?.split("; ")).toContain("Music · KOCCA survey, music exports by region (KOSIS)");
    expect(await card.locator(".source-line").textContent()).toContain("Korea Creative Content Agency (KOCCA) via KOSIS");
    await showTable(card);
    const years = await card.locator("tbody tr").evaluateAll((rows) => rows.filter((r) => r.textContent?.includes("KOSIS")).map((r) => r.querySelector("td")?.textContent));
    expect(years).toEqual(Array.from({ length: 20 }, (_, i) => String(2005 + i)));
    expect(errors).toEqual([]);
  });
});

describe("the timeline on the charts", () => {
  it("marks 1998 and 2002 whenever the range includes them", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade`);
    await chartDrawn(page);
    const labels = page.locator(".chart-card").first().locator(".event-label");
    expect(await labels.allTextContents()).toEqual(expect.arrayContaining(["Kim–Obuchi declaration", "World Cup 2002"]));
    await page.goto(`${BASE_URL()}/?view=trade&from=2010`);
    await chartDrawn(page);
    expect(await page.locator(".event-label", { hasText: "World Cup 2002" }).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it("highlights a chosen event and describes it, leaving the years alone until asked to zoom", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade&from=2000&to=2012`);
    await chartDrawn(page);
    await page.getByRole("button", { name: /Korea and Japan co-host the 2002 FIFA World Cup/ }).click();
    await page.waitForURL(/event=world-cup-2002/);
    const params = () => new URL(page.url()).searchParams;
    expect([params().get("from"), params().get("to")]).toEqual(["2000", "2012"]);
    await page.locator(".event-detail", { hasText: "first World Cup" }).waitFor();
    await page.locator(".event-label-selected", { hasText: "World Cup 2002" }).first().waitFor();
    expect(await page.locator(".chart-card").first().locator(".event-mark.event-faded").count()).toBeGreaterThan(0);
    expect(await page.locator(".chart-card").first().locator(".event-mark-selected.event-faded").count()).toBe(0);
    await page.getByRole("button", { name: "Zoom to this event" }).click();
    await page.waitForURL(/from=1999/);
    expect([params().get("from"), params().get("to"), params().get("event")]).toEqual(["1999", "2005", "world-cup-2002"]);
    expect(errors).toEqual([]);
  });

  it("shows an unlabelled event's label on keyboard focus", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade`);
    await chartDrawn(page);
    const card = page.locator(".chart-card").first();
    expect(await card.locator(".event-label", { hasText: "Dokdo visit" }).count()).toBe(0);
    await card.locator('[data-event="dokdo-visit"]').first().focus();
    await card.locator(".event-label-hover", { hasText: "Dokdo visit" }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe("state in the URL", () => {
  it("writes a control to the URL, restores it on reload and steps back through views", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=trade`);
    await chartDrawn(page);
    await page.getByLabel("Sector").selectOption("film");
    await page.waitForURL(/sector=film/);
    await page.reload();
    await chartDrawn(page);
    expect(await page.getByLabel("Sector").inputValue()).toBe("film");
    await page.getByRole("link", { name: "Chart rankings" }).click();
    await page.waitForURL(/view=charts/);
    await page.getByRole("heading", { name: "Korean titles in Japan's Netflix top 10", exact: true }).waitFor();
    await page.goBack();
    await page.waitForURL((url) => !url.search.includes("view=charts"));
    await page.getByRole("heading", { name: "Korea's exports to Japan: Film" }).first().waitFor();
    expect(await page.getByLabel("Sector").inputValue()).toBe("film");
    expect(errors).toEqual([]);
  });

  it("opens a mangled link on the defaults without an error", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=%00bad&from=abc&to=99999&chart=<x>&table=maybe`);
    await chartDrawn(page);
    expect(new URL(page.url()).search).toBe("");
    await page.getByRole("heading", { name: "Korea's music exports to Japan" }).waitFor();
    expect(errors).toEqual([]);
  });

  it("opens a chosen week's full list from its link", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&week=2023-03-12`);
    const table = page.getByRole("table", { name: "Netflix top 10 in Japan, week ending 12 March 2023" });
    await table.waitFor();
    expect(await table.locator("tbody tr").count()).toBe(20);
    await expect(table.locator("tbody tr", { hasText: "The Glory" }).textContent()).resolves.toMatch(/Korean/);
    expect(errors).toEqual([]);
  });
});

describe("large datasets", () => {
  it("are parsed in a worker and still draw", async () => {
    const { page, errors } = await openPage();
    await page.route((url) => url.pathname === "/", async (route) => {
      const html = await (await route.fetch()).text();
      const block = /(<script type="application\/json" id="data-index">)(.*?)(<\/script>)/s;
      const index = JSON.parse(html.match(block)![2]);
      // The chart loads the part of Japan's list.
      for (const d of index.datasets) if (d.id === "netflix-cross-border") d.parts.files.find((p: { value: string }) => p.value === "JP").bytes = 2_000_000;
      await route.fulfill({ body: html.replace(block, (_, open, __, close) => `${open}${JSON.stringify(index)}${close}`), contentType: "text/html" });
    });
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix`);
    await chartDrawn(page);
    expect(workers.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});
