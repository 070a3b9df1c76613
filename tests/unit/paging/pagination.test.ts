import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pagination } from "@/components/ui/pagination";
import type { PageLinks } from "@/lib/paging/href";

const links: PageLinks = { first: "/l", previous: "/l?voor=p", next: "/l?pagina=3&na=n", last: "/l?pagina=5" };
const render = (page: { page: number; pages: number; total: number; pastTheEnd: boolean }, l: PageLinks = links) =>
  renderToStaticMarkup(createElement(Pagination, { label: "Pagina's met reacties", page, links: l }));

describe("Pagination", () => {
  it("is a named navigation with the current page marked and its neighbours linked", () => {
    const html = render({ page: 2, pages: 5, total: 230, pastTheEnd: false });
    expect(html).toMatch(/^<nav aria-label="Pagina&#x27;s met reacties"/);
    expect(html).toContain('<li aria-current="page">Pagina 2 van 5</li>');
    expect(html).toContain('rel="prev"');
    expect(html).toContain('rel="next" href="/l?pagina=3&amp;na=n"');
    expect(html).toContain("Laatste pagina");
    expect(html).not.toContain("Eerste pagina");
  });

  it("shows nothing for a single page and a clear answer past the end", () => {
    expect(render({ page: 1, pages: 1, total: 3, pastTheEnd: false }, { ...links, previous: null, next: null })).toBe(
      "",
    );
    const past = render({ page: 9, pages: 2, total: 60, pastTheEnd: true });
    expect(past).toContain("Pagina 9 bestaat niet: er zijn 2 pagina&#x27;s.");
    expect(past).toContain('href="/l"');
    expect(past).not.toContain("<nav");
  });
});
