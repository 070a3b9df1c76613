import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, type KeyKind } from "@/lib/paging/cursor";
import { pageHref, pageLinks } from "@/lib/paging/href";
import { keysetPage, type SortKey } from "@/lib/paging/keyset";
import { offsetFor, toPage } from "@/lib/paging/page";
import { FIRST_PAGE, parsePaging } from "@/lib/paging/request";

const KINDS: KeyKind[] = ["timestamp", "uuid"];
const ID = "0b6f2b1e-6f4a-4c1e-9a52-1f1d2e3c4b5a";
const AT = "2026-12-01 10:19:44.123456+00";

describe("cursor", () => {
  it("round-trips a key, microseconds and offset kept", () => {
    for (const at of [AT, "2026-03-29 02:30:00+02", "2026-12-01 10:19:44+01:00", "2026-12-01T10:19:44.1Z"]) {
      expect(decodeCursor(encodeCursor([at, ID]), KINDS)).toEqual([at, ID]);
    }
    expect(decodeCursor(encodeCursor(["Zorg 'aan' de Zaan", "42"]), ["text", "int"])).toEqual([
      "Zorg 'aan' de Zaan",
      "42",
    ]);
  });

  it.each([
    ["", "empty"],
    ["!!!", "not base64url"],
    [encodeCursor([AT]), "too few values"],
    [encodeCursor([AT, ID, ID]), "too many values"],
    [encodeCursor(["gisteren", ID]), "not a timestamp"],
    [encodeCursor(["2026-13-45 99:99:99+00", ID]), "an impossible timestamp"],
    [encodeCursor([AT, "1; drop table users"]), "not a uuid"],
    [encodeCursor([AT, ID.toUpperCase()]), "an upper-case uuid"],
    [Buffer.from('{"a":1}').toString("base64url"), "an object"],
    [Buffer.from("[1,2").toString("base64url"), "broken JSON"],
    [encodeCursor([AT, ID]).repeat(60), "too long"],
  ])("refuses %j (%s)", (raw) => {
    expect(decodeCursor(raw, KINDS)).toBeNull();
  });

  it("checks integers and the length of text", () => {
    expect(decodeCursor(encodeCursor(["1.5"]), ["int"])).toBeNull();
    expect(decodeCursor(encodeCursor(["x".repeat(401)]), ["text"])).toBeNull();
  });
});

describe("parsePaging", () => {
  const after = encodeCursor([AT, ID]);

  it("reads a page number and a cursor", () => {
    expect(parsePaging({}, KINDS)).toEqual({ request: FIRST_PAGE, error: null });
    expect(parsePaging({ pagina: "3", na: after }, KINDS)).toEqual({
      request: { page: 3, after: [AT, ID], before: null },
      error: null,
    });
    expect(parsePaging({ pagina: ["2", "9"], voor: after }, KINDS).request).toEqual({
      page: 2,
      after: null,
      before: [AT, ID],
    });
  });

  it.each([["0"], ["-1"], ["1.5"], ["abc"], ["9999999"], ["100001"]])(
    "gives a Dutch message and the first page for page %j",
    (pagina) => {
      const parsed = parsePaging({ pagina }, KINDS);
      expect(parsed.request).toEqual(FIRST_PAGE);
      expect(parsed.error).toMatch(/paginanummer/);
    },
  );

  it("gives a Dutch message for a bad cursor, or both directions at once", () => {
    for (const params of [{ na: "xyz" }, { voor: encodeCursor(["x", ID]) }, { na: after, voor: after }]) {
      const parsed = parsePaging(params, KINDS);
      expect(parsed.request).toEqual(FIRST_PAGE);
      expect(parsed.error).toMatch(/klopt niet/);
    }
  });
});

describe("toPage", () => {
  const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ n: from + i }));
  const key = (r: { n: number }) => [String(r.n)];

  it("finds the next page by the one row too many", () => {
    const page = toPage(rows(1, 11), 25, FIRST_PAGE, 10, key);
    expect(page.items).toHaveLength(10);
    expect(page).toMatchObject({ page: 1, pages: 3, total: 25, previous: null, pastTheEnd: false });
    expect(decodeCursor(page.next!, ["int"])).toEqual(["10"]);
  });

  it("on the last page has no next and a previous", () => {
    const page = toPage(rows(21, 5), 25, { page: 3, after: ["20"], before: null }, 10, key);
    expect(page.next).toBeNull();
    expect(decodeCursor(page.previous!, ["int"])).toEqual(["21"]);
  });

  it("paging backwards puts the rows back in order", () => {
    const backwards = rows(1, 11).reverse(); // rows 11..1, query order reversed
    const page = toPage(backwards, 25, { page: 1, after: null, before: ["12"] }, 10, key);
    expect(page.items.map((r) => r.n)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(decodeCursor(page.previous!, ["int"])).toEqual(["2"]);
    expect(decodeCursor(page.next!, ["int"])).toEqual(["11"]);
  });

  it("says when a page lies past the end", () => {
    expect(toPage([], 25, { page: 9, after: null, before: null }, 10, key)).toMatchObject({
      pastTheEnd: true,
      page: 9,
      pages: 3,
    });
    expect(toPage([], 0, FIRST_PAGE, 10, key)).toMatchObject({ pastTheEnd: false, pages: 1 });
    expect(toPage([], 25, { page: 2, after: ["99"], before: null }, 10, key).pastTheEnd).toBe(true);
  });

  it("counts the offset only for a page by number", () => {
    expect(offsetFor({ page: 3, after: null, before: null }, 50)).toBe(100);
    expect(offsetFor({ page: 3, after: ["1"], before: null }, 50)).toBe(0);
  });
});

describe("keysetPage", () => {
  const keys: SortKey[] = [{ column: sql`id`, kind: "int", direction: "asc" }];
  const rowsOf = (ids: number[], total: number) =>
    ids.map((id) => ({ pagingKey0: String(id), pagingTotal: total, id }));

  it("takes the count from the rows, and counts on its own only for a page without rows", async () => {
    // A count query as the page sees it: SQL for the subquery, and a result only when it is run.
    let counts = 0;
    const count = () => {
      const run: PromiseLike<{ n: number }[]> = {
        then(done, fail) {
          counts += 1;
          return Promise.resolve([{ n: 7 }]).then(done, fail);
        },
      };
      return { then: run.then.bind(run), getSQL: () => sql`select 7 as n` };
    };
    const page = await keysetPage(keys, FIRST_PAGE, 2, {
      rows: (w) => Promise.resolve(rowsOf([1, 2, 3].slice(0, w.limit), 7)),
      count,
    });
    expect([page.items.map((r) => r.id), page.total, page.pages, counts]).toEqual([[1, 2], 7, 4, 0]);
    const past = await keysetPage(keys, { page: 9, after: null, before: null }, 2, {
      rows: () => Promise.resolve([]),
      count,
    });
    expect([past.items, past.total, past.pastTheEnd, counts]).toEqual([[], 7, true, 1]);
  });
});

describe("pageHref", () => {
  it("keeps the list's filters and drops old paging and foreign parameters", () => {
    const params = { soort: "provider", grootte: "small", pagina: "4", na: "abc", other: "x" };
    expect(pageHref("/r", params, ["soort", "grootte", "pagina"], { page: 5, after: "def" })).toBe(
      "/r?soort=provider&grootte=small&pagina=5&na=def",
    );
    expect(pageHref("/r", {}, ["soort"], {})).toBe("/r");
  });

  it("links neighbours by cursor and the last page by number", () => {
    const links = pageLinks("/r", { soort: "council" }, ["soort"], {
      items: [],
      page: 2,
      pages: 4,
      total: 31,
      next: "n",
      previous: "p",
      pastTheEnd: false,
    });
    expect(links).toEqual({
      first: "/r?soort=council",
      previous: "/r?soort=council&voor=p",
      next: "/r?soort=council&pagina=3&na=n",
      last: "/r?soort=council&pagina=4",
    });
  });
});

describe("a second list on a page", () => {
  it("reads and writes its own prefixed parameters and keeps the other list's", () => {
    const cursor = encodeCursor([AT, ID]);
    expect(parsePaging({ na: "broken", "dood-na": cursor }, KINDS, "dood-").request.after).toEqual([AT, ID]);
    expect(
      pageHref("/p", { pagina: "2", na: "x", "dood-pagina": "3" }, ["pagina", "na"], { page: 4, after: "y" }, "dood-"),
    ).toBe("/p?pagina=2&na=x&dood-pagina=4&dood-na=y");
  });
});
