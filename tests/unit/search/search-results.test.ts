import { describe, expect, it } from "vitest";
import { renderedDocument } from "@/tests/helpers/rendered-document";
import { SearchResults } from "@/app/zoeken/search-results";
import type { SearchHit, SearchPage } from "@/lib/search/reads";

const hit = (over: Partial<SearchHit>): SearchHit => ({
  kind: "consultation",
  id: "c1",
  title: "Dagbesteding 2027",
  snippet: [],
  score: 1000,
  at: Date.parse("2026-03-01T12:00:00Z"),
  trajectoryId: null,
  state: "open",
  ref: null,
  version: null,
  href: "/consultaties/c1",
  ...over,
});

function render(hits: SearchHit[]) {
  const result: SearchPage = {
    hits,
    total: hits.length,
    page: 1,
    pages: 1,
    next: null,
    onlyStopWords: false,
    pastTheEnd: false,
  };
  const props = { result, q: "dagbesteding", nextHref: null, firstHref: "/zoeken?q=dagbesteding" };
  const document = renderedDocument(SearchResults, props);
  return document;
}

describe("SearchResults", () => {
  it("lists each result with its kind, a link to it, its date and the matching words marked", () => {
    const document = render([
      hit({
        snippet: [
          { text: "Over ", match: false },
          { text: "dagbesteding", match: true },
          { text: " in de wijk", match: false },
        ],
      }),
      hit({
        kind: "minutes",
        id: "v1",
        title: "Marktbijeenkomst",
        ref: "m1",
        version: 2,
        at: null,
        href: "/bijeenkomsten/m1/verslag/2",
      }),
    ]);
    const items = [...document.querySelectorAll("ol > li")];
    expect(items.map((li) => li.getAttribute("data-kind"))).toEqual(["consultation", "minutes"]);
    const link = items[0]!.querySelector("a")!;
    expect([link.getAttribute("href"), link.textContent]).toEqual(["/consultaties/c1", "Dagbesteding 2027"]);
    expect(items[0]!.textContent).toContain("1 maart 2026");
    expect([...items[0]!.querySelectorAll("mark")].map((m) => m.textContent)).toEqual(["dagbesteding"]);
    expect(items[1]!.querySelector("a")!.getAttribute("href")).toBe("/bijeenkomsten/m1/verslag/2");
    expect(items[1]!.querySelector("p")).toBeNull();
  });

  it("writes titles and snippets as text, never as markup", () => {
    const hostile = `<img src=x onerror="alert(1)"><script>alert('x')</script>`;
    const document = render([
      hit({
        title: hostile,
        snippet: [
          { text: hostile, match: true },
          { text: hostile, match: false },
        ],
      }),
    ]);
    const item = document.querySelector("ol > li")!;
    expect(item.querySelector("a")!.textContent).toBe(hostile);
    expect(item.querySelector("mark")!.textContent).toBe(hostile);
    expect(item.querySelector("p")!.textContent.trim()).toBe(hostile + hostile);
    expect(document.querySelector("img, script")).toBeNull();
  });
});
