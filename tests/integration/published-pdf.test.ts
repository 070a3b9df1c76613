import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { minutesVersions, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { createMeeting } from "@/lib/meeting/writes";
import { buildPublishedCopy } from "@/lib/minutes/build";
import { publishMinutes } from "@/lib/minutes/publish";
import { reviewMinutes, saveMinutes, submitMinutes } from "@/lib/minutes/writes";
import { readAccessibility, type StructureNode } from "@/lib/pdf/structure";
import { extractPdfText } from "@/lib/pdf/text-layer";
import { createTrajectory } from "@/lib/trajectory/writes";
import type { RichTextDoc, RichTextNode } from "@/lib/rich-text/schema";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { minimalWorld } from "./fixtures";

const ORIGIN = "https://portaal.example";
const text = (value: string, ground?: string): RichTextNode => ({
  type: "text",
  text: value,
  ...(ground ? { marks: [{ type: "redaction", attrs: { ground } }] } : {}),
});
const doc = (...paragraphs: RichTextNode[][]): RichTextDoc => ({
  type: "doc",
  content: paragraphs.map((content) => ({ type: "paragraph", content })),
});
const meta = { title: "Verslag", subtitle: "Gemeente", municipality: "Gemeente", publishedAt: new Date() };
const check = { options: {}, dismissed: [] };
const pdfLeaks = (copy: Awaited<ReturnType<typeof buildPublishedCopy>>) =>
  !copy.ok && copy.refusal.reason === "leak_check"
    ? copy.refusal.leaks.filter((l) => l.reason === "removed-text" && l.surface === "pdf")
    : [];

describe("the leak check reads names in the published PDF", () => {
  // Each name is removed in one place and left standing in another: the PDF text layer must show it.
  it.each(["Yılmaz", "Şahin", "Wiśniewska", "Nguyễn", "Çelik", "Øverland", "Nguyễn".normalize("NFD"), "Staffiﬂ"])(
    "finds %s left standing in the PDF",
    async (name) => {
      const leaking = doc([text("Over "), text(name, "5.1.2e"), text(".")], [text(`Later sprak ${name} nog.`)]);
      expect(pdfLeaks(await buildPublishedCopy(leaking, meta, check))).toHaveLength(1);

      const clean = doc([text("Over "), text(name, "5.1.2e"), text(".")], [text("Later sprak de voorzitter nog.")]);
      const published = await buildPublishedCopy(clean, meta, check);
      expect(published.ok).toBe(true);
      if (published.ok) expect((await extractPdfText(published.pdf)).text).toContain("Later sprak de voorzitter nog.");
    },
  );
});

describeEachDatabase("published minutes PDF", (getDb) => {
  it("is stored as a tagged PDF in Dutch, titled after the meeting, labels as text", async () => {
    const db = getDb();
    const w = await minimalWorld(db, "-pdf");
    const ctx = { db, actor: w.actor, origin: "test" };
    const [second] = await db
      .insert(users)
      .values({ email: "collega-pdf@example.nl", name: "Collega", role: "officer" })
      .returning();
    const reviewer: Actor = { ...w.actor, id: second!.id, name: second!.name, email: second!.email };
    const { id: trajectoryId } = await createTrajectory(ctx, w.input);
    const startsAt = new Date(Date.now() - 3 * 3600_000);
    const { id: meetingId } = await createMeeting(ctx, {
      trajectoryId,
      consultationId: null,
      kind: "plenary",
      title: "Coördinatie wijkteams",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3600_000),
      location: "Stadhuis",
      onlineUrl: null,
      agenda: "Samenwerking",
    });
    const document: RichTextDoc = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [text("Coördinatie en naïeve verwachtingen")] },
        {
          type: "paragraph",
          content: [text("Een aanbieder noemde een kostprijs van "), text("€ 61,37", "5.1.2f"), text(" per uur.")],
        },
      ],
    };
    await saveMinutes(ctx, {
      meetingId,
      revision: 0,
      document,
      dismissedFindings: [],
      publicFigures: [],
      confidentialTerms: [],
    });
    await submitMinutes(ctx, meetingId, ORIGIN);
    await reviewMinutes({ ...ctx, actor: reviewer }, { meetingId, decision: "approve", remarks: "" }, ORIGIN);
    await publishMinutes(ctx, { meetingId, changeNote: "" }, ORIGIN);

    const [published] = await db.select().from(minutesVersions).where(eq(minutesVersions.meetingId, meetingId));
    const a11y = await readAccessibility(published!.pdf);
    expect(a11y).toMatchObject({ language: "nl", marked: true, displayDocTitle: true });
    expect(a11y.title).toContain("Coördinatie wijkteams");
    expect(a11y.xmpTitle).toBe(a11y.title);
    const nodes = (node: StructureNode): StructureNode[] => [node, ...node.children.flatMap(nodes)];
    const all = nodes(a11y.pages[0]!);
    const flat = (s: string) => s.replace(/\s+/g, " ").trim();
    expect(all.filter((n) => n.role === "H1").map((n) => flat(n.text))).toEqual([a11y.title]);
    expect(all.filter((n) => n.role === "H2").map((n) => flat(n.text))).toEqual([
      "Coördinatie en naïeve verwachtingen",
    ]);
    expect(all.filter((n) => n.role === "Span").map((n) => flat(n.text))).toEqual([
      "[weggelakt — concurrentiegevoelig, 5.1.2f]",
    ]);
    expect((await extractPdfText(published!.pdf)).text).not.toContain("61,37");
  });
});
