import { mkdirSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir";
import { BASE_URL, openPage } from "./page";

const DIR = resolve(process.cwd(), "tests/e2e/screenshots");
const KINDS = [
  ["PNG", "landscape", 1200, 675],
  ["Square PNG", "square", 1080, 1080],
  ["Phone PNG", "phone", 1080, 1350],
] as const;

/** Keep every SVG the page turns into an object URL: the image as composed, before it is rasterised. */
async function recordSvgs(page: Page) {
  await page.addInitScript(() => {
    const kept: string[] = [];
    (window as unknown as { svgs: string[] }).svgs = kept;
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      if (object instanceof Blob && object.type === "image/svg+xml") object.text().then((text) => kept.push(text));
      return create(object);
    };
  });
}

async function download(page: Page, button: string) {
  const card = page.locator(".chart-card").first();
  const [file] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: button, exact: true }).click()]);
  const path = join(await tempDir("kj-image-"), file.suggestedFilename());
  await file.saveAs(path);
  return readFile(path);
}

/** Every text of an SVG with the size it is drawn at in the image (its font size times the scale it sits under). */
async function drawnTextSizes(page: Page, svg: string) {
  const blank = await page.context().newPage();
  await blank.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
  const sizes = await blank.evaluate(() => {
    const root = document.querySelector("svg")!;
    const toRoot = root.getScreenCTM()!.inverse();
    return [...root.querySelectorAll("text")].filter((t) => (t.textContent ?? "").trim()).map((t) => {
      const m = toRoot.multiply(t.getScreenCTM()!);
      return { text: t.textContent ?? "", size: parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b) };
    });
  });
  await blank.close();
  return sizes;
}

const pngSize = (bytes: Buffer) => ({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });

describe("image exports", () => {
  it("show the finished chart: an export right after the page loads, one 3 s later and one right after a filter change are the same image", async () => {
    const { page, errors } = await openPage();
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&cat=TV`);
    const first = await download(page, "PNG");
    await page.waitForTimeout(3000);
    const later = await download(page, "PNG");
    expect(first.equals(later)).toBe(true);
    const other = await openPage();
    await other.page.goto(`${BASE_URL()}/?view=charts&chart=netflix`);
    await other.page.getByRole("combobox", { name: "Category" }).selectOption("TV");
    const afterFilter = await download(other.page, "PNG");
    expect(afterFilter.equals(first)).toBe(true);
    expect([...errors, ...other.errors]).toEqual([]);
  });

  it.each(KINDS)("%s: laid out for its size, titles at least 3% and every other text at least 2% of its width", async (button, kind, width, height) => {
    const { page, errors } = await openPage(390, 800);
    await recordSvgs(page);
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix`);
    const png = await download(page, button);
    expect(pngSize(png)).toEqual({ width, height });
    const svg = await page.evaluate(() => (window as unknown as { svgs: string[] }).svgs.at(-1) ?? "");
    expect(svg).toContain(`width="${width}" height="${height}"`);
    const texts = await drawnTextSizes(page, svg);
    expect(texts.map((t) => t.text)).toEqual(expect.arrayContaining(["Source: Netflix Top 10 (netflix.com/tudum/top10)", expect.stringMatching(/^20\d\d$/)]));
    expect(Math.min(...texts.map((t) => t.size))).toBeGreaterThanOrEqual(width * 0.02);
    const title = texts.filter((t) => t.text.length > 4 && "Korean titles in Japan's Netflix top 10".includes(t.text.trim()));
    expect(title.length).toBeGreaterThan(0);
    expect(Math.min(...title.map((t) => t.size))).toBeGreaterThanOrEqual(width * 0.03);

    const shot = await page.context().newPage();
    await shot.setViewportSize({ width: 360, height: Math.ceil((360 * height) / width) });
    await shot.setContent(`<!doctype html><body style="margin:0"><img style="width:360px;display:block" src="data:image/png;base64,${png.toString("base64")}"></body>`);
    mkdirSync(DIR, { recursive: true });
    await shot.screenshot({ path: `${DIR}/image-${kind}-at-360.png` });
    expect(errors).toEqual([]);
  });

  it.each([["ko", "Noto Sans CJK KR"], ["ja", "Noto Sans CJK JP"]] as const)("in %s, name a CJK font the machine has", async (lang, font) => {
    const { page, errors } = await openPage();
    await recordSvgs(page);
    await page.goto(`${BASE_URL()}/?view=charts&chart=netflix&lang=${lang}`);
    const png = await download(page, lang === "ko" ? "휴대폰용 PNG" : "スマホ用PNG");
    const svg = await page.evaluate(() => (window as unknown as { svgs: string[] }).svgs.at(-1) ?? "");
    expect(svg).toMatch(new RegExp(`font-family="[^"]*'${font}'`));
    // Latin letters in the named font are proportional; were it missing, the monospace fallback would draw them.
    const widths = await page.evaluate((name) => {
      const context = document.createElement("canvas").getContext("2d")!;
      return [`40px '${name}', monospace`, "40px monospace"].map((f) => ((context.font = f), context.measureText("Illustrated 2023").width));
    }, font);
    expect(widths[0]).not.toBe(widths[1]);
    mkdirSync(DIR, { recursive: true });
    writeFileSync(`${DIR}/image-phone-${lang}.png`, png);
    const shot = await page.context().newPage();
    await shot.setViewportSize({ width: 360, height: 450 });
    await shot.setContent(`<!doctype html><body style="margin:0"><img style="width:360px;display:block" src="data:image/png;base64,${png.toString("base64")}"></body>`);
    await shot.screenshot({ path: `${DIR}/image-phone-${lang}-at-360.png` });
    expect(errors).toEqual([]);
  });
});
