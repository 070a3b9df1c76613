import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { renderedDocument } from "@/tests/helpers/rendered-document";
import { AuditTable } from "@/components/audit/audit-table";
import type { AuditEntry } from "@/lib/audit/types";

const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: new Date("2026-03-29T00:30:00Z"),
  actorId: null,
  actorLabel: "Ingrid Koper <inkoper@zaanstad.nl>",
  action: "consultation.create",
  objectType: "consultation",
  objectId: "c-1",
  trajectoryId: null,
  result: "success",
  origin: "web:10.0.0.1",
  details: { title: "Dagbesteding" },
  ...over,
});

function rowsOf(entries: AuditEntry[]) {
  const document = renderedDocument(AuditTable, { entries });
  const table = document.querySelector("table")!;
  return {
    table,
    headers: [...table.querySelectorAll("thead th")].map((th) => th.textContent),
    rows: [...table.querySelectorAll("tbody tr")].map((tr) =>
      [...tr.querySelectorAll("td")].map((td) => td.textContent),
    ),
  };
}

describe("AuditTable", () => {
  it("shows every BIO log field of every entry in its own column, in words and in Amsterdam time", () => {
    const { headers, rows, table } = rowsOf([
      entry({ id: 2 }),
      entry({ id: 1, action: "auth.login", objectType: "user", objectId: null, result: "denied", details: null }),
    ]);
    expect(headers).toEqual(["Tijdstip", "Wie", "Handeling", "Object", "Details", "Resultaat", "Herkomst"]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveLength(7);
    expect(rows[0]![0]).toBe("29 mrt 2026, 01:30");
    expect(table.querySelector("tbody time")!.getAttribute("datetime")).toBe("2026-03-29T00:30:00.000Z");
    expect(rows[0]!.slice(1)).toEqual([
      "Ingrid Koper <inkoper@zaanstad.nl>",
      "Marktconsultatie aangemaakt",
      "Marktconsultatie c-1",
      "Dagbesteding",
      "Gelukt",
      "web:10.0.0.1",
    ]);
    expect(rows[1]![4]).toBe("");
    expect(rows[1]![5]).toBe("Geweigerd");
  });

  it("writes what people and old data put in the trail as text, never as markup", () => {
    const hostile = `<img src=x onerror="alert(1)"></td><script>alert('x')</script>`;
    const { rows, table } = rowsOf([entry({ actorLabel: hostile, objectId: hostile, details: { title: hostile } })]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveLength(7);
    expect(rows[0]![1]).toBe(hostile);
    expect(rows[0]![3]).toBe(`Marktconsultatie ${hostile}`);
    expect(rows[0]![4]).toBe(hostile);
    expect(table.querySelector("img, script")).toBeNull();
  });

  it("says so when there is nothing to show", () => {
    expect(renderToStaticMarkup(createElement(AuditTable, { entries: [] }))).not.toContain("<table");
  });
});
