import { chromium } from "playwright-core";
const shots = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless","--no-sandbox","--disable-gpu","--disable-background-networking","--disable-component-update","--disable-sync","--no-first-run"] });
for (const spec of shots) {
  const [name, search, width, scheme, card] = spec.split(",");
  const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme || "light" });
  const errs = []; page.on("pageerror", e => errs.push(e.message)); page.on("console", m => m.type()==="error" && errs.push(m.text()));
  await page.goto(`http://127.0.0.1:4791/${search}`);
  await page.waitForTimeout(2500);
  if (card) await page.locator(".chart-card").nth(Number(card)).screenshot({ path: `/tmp/shots/${name}.png` });
  else await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  console.log(name, errs.join(" | "));
  await page.close();
}
await browser.close();
