import { describe, expect, it } from "vitest";
import { renderedDocument } from "@/tests/helpers/rendered-document";
import { Discussion } from "@/components/consultation/discussion";
import type { CommentRow } from "@/lib/consultation/reads";
import type { FormState } from "@/lib/http/form-state";

const comment = (over: Partial<CommentRow>): CommentRow => ({
  id: "c1",
  consultationId: "k1",
  parentId: null,
  authorId: "u1",
  author: "Mevrouw de Vries",
  body: "Graag meer aandacht voor mantelzorgers.",
  createdAt: new Date("2026-03-02T09:15:00Z"),
  hiddenAt: null,
  hiddenBy: null,
  hiddenReason: null,
  editedAt: null,
  flags: 0,
  ...over,
});

const noAction = (): Promise<FormState> => Promise.resolve({ status: "idle" });

function discussion(comments: CommentRow[], canModerate = false) {
  const document = renderedDocument(Discussion, {
    consultationId: "k1",
    comments,
    canComment: false,
    canModerate,
    signedIn: false,
    actions: { post: noAction, flag: noAction, hide: noAction },
  });
  return [...document.querySelectorAll('[data-testid="comment"]')].map((article) =>
    [...article.querySelectorAll("p")].map((p) => p.textContent),
  );
}

describe("Discussion", () => {
  it("shows who wrote each comment when, and what it says, with replies under their comment", () => {
    const shown = discussion([
      comment({ body: "Regel 1\nRegel 2" }),
      comment({
        id: "c2",
        parentId: "c1",
        author: "Zorg aan de Zaan",
        body: "Eens.",
        editedAt: new Date("2026-03-03T08:00:00Z"),
      }),
    ]);
    expect(shown).toEqual([
      ["Mevrouw de Vries · 2 mrt 2026, 10:15", "Regel 1\nRegel 2"],
      ["Zorg aan de Zaan · 2 mrt 2026, 10:15 · bewerkt 3 mrt 2026, 09:00", "Eens."],
    ]);
  });

  it("escapes what people wrote, so a comment cannot add markup to the page", () => {
    const shown = discussion([comment({ author: "<b>x</b>", body: '<img src=x onerror="alert(1)">' })]);
    expect(shown[0]).toEqual(["<b>x</b> · 2 mrt 2026, 10:15", '<img src=x onerror="alert(1)">']);
  });

  it("never writes a hidden comment's text for visitors, and shows it to moderators with the flags", () => {
    const hidden = comment({ hiddenAt: new Date(), hiddenReason: "Bevat een adres", body: "Geheime tekst", flags: 2 });
    const visitor = discussion([hidden]);
    expect(visitor[0]).toHaveLength(2);
    expect(visitor[0]![1]).toContain("Bevat een adres");
    expect(visitor.flat().join(" ")).not.toContain("Geheime tekst");
    expect(visitor.flat().join(" ")).not.toContain("meldingen");
    const moderator = discussion([hidden], true);
    expect(moderator[0]![2]).toBe("Geheime tekst");
    expect(moderator[0]![0]).toMatch(/ · 2 meldingen$/);
  });
});
