import { createElement, type ComponentProps } from "react";
import { describe, expect, it } from "vitest";
import { renderedDocument } from "@/tests/helpers/rendered-document";
import { Discussion } from "@/components/consultation/discussion";
import type { CommentRow } from "@/lib/consultation/reads";
import type { FormState } from "@/lib/http/form-state";
import { ClientTexts } from "@/components/ui/client-texts";
import { SHARED_CLIENT_TEXTS } from "@/components/ui/texts";

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

/** The discussion inside the texts its client components get from the layout. */
const InLayout = (props: ComponentProps<typeof Discussion>) =>
  createElement(ClientTexts, { keys: SHARED_CLIENT_TEXTS }, createElement(Discussion, props));

function rendered(comments: CommentRow[], { canModerate = false, signedIn = false } = {}) {
  return renderedDocument(InLayout, {
    consultationId: "k1",
    comments,
    canComment: signedIn,
    canModerate,
    signedIn,
    actions: { post: noAction, flag: noAction, hide: noAction },
  });
}

function discussion(comments: CommentRow[], canModerate = false) {
  return [...rendered(comments, { canModerate }).querySelectorAll('[data-testid="comment"]')].map((article) =>
    [...article.querySelectorAll("p")].map((p) => p.textContent),
  );
}

/** Each comment's anchor with the anchors of the replies under it, as the list nests them. */
const threads = (document: ReturnType<typeof rendered>) =>
  [...document.querySelectorAll("ul.inkoop-comments > li")].map((li) => [
    li.querySelector(":scope > article")?.id,
    [...li.querySelectorAll(":scope > ul > li > article")].map((a) => a.id),
  ]);

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

  it("nests replies the same way whether a visitor gets the thread as markup or with forms to act on it", () => {
    const comments = [
      comment({}),
      comment({ id: "c2", parentId: "c1", body: "Eens." }),
      comment({ id: "c3", body: "Tweede draad." }),
    ];
    const visitor = rendered(comments);
    const member = rendered(comments, { signedIn: true });
    const expected = [
      ["reactie-c1", ["reactie-c2"]],
      ["reactie-c3", []],
    ];
    expect(threads(visitor)).toEqual(expected);
    expect(threads(member)).toEqual(expected);
    // The visitor has nothing to act on; the member may report every comment and reply to each thread.
    expect(visitor.querySelectorAll("form")).toHaveLength(0);
    expect(member.querySelectorAll("article form")).toHaveLength(3);
    expect(member.querySelectorAll("details form")).toHaveLength(2);
  });
});
