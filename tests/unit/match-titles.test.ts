import { describe, expect, it } from "vitest";
import { matchTitles } from "../../src/features/charts/netflix-extras";

describe("matchTitles", () => {
  it("finds titles containing the text, whatever the case", () => {
    expect(matchTitles(["Squid Game", "Squid Game: The Challenge", "Crash Landing on You", "The Glory"], "  squid ")).toEqual(["Squid Game", "Squid Game: The Challenge"]);
    expect(matchTitles(["The Glory"], "crash")).toEqual([]);
  });
});
