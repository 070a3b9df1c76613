import { zipSync } from "fflate";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { auditLog, users } from "@/db/schema";
import { getConsultationOrThrow } from "@/db/queries/consultations";
import type { Actor } from "@/lib/auth/actor";
import { addAttachment, attachmentsOf, loadAttachmentFor, removeAttachment } from "@/lib/consultation/attachments";
import { findOwnResponse, saveResponse } from "@/lib/consultation/responses";
import { createConsultation, publishConsultation } from "@/lib/consultation/writes";
import { DomainRuleError, NotFoundError } from "@/lib/errors";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";

const pdf = (name: string) =>
  new File([new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n")], name, {
    type: "application/pdf",
  });
const xlsx = () =>
  new File(
    [zipSync({ "[Content_Types].xml": new TextEncoder().encode("<Types/>"), "xl/workbook.xml": new Uint8Array([60]) })],
    "tarieven.xlsx",
  );

describeEachDatabase("attachments on responses", (getDb) => {
  it("takes PDF, DOCX and XLSX proved by content, names them safely, and shows them only to who may read the response", async () => {
    const db = getDb();
    const w = await providerWorld(db, "-at1");
    // Not interactive: providers do not read each other's responses.
    const { id } = await createConsultation(w.ctx, { ...w.input, openness: "open", interaction: "non_interactive" });
    await publishConsultation(w.ctx, id, "https://x");
    const [q1] = (await getConsultationOrThrow(db, id)).questions.map((q) => q.id);
    const as = (actor: Actor) => ({ db, actor, origin: "test" });

    await expect(addAttachment(as(w.memberA), { consultationId: id, file: pdf("plan.pdf") })).rejects.toMatchObject({
      field: "file",
    });
    await saveResponse(as(w.memberA), {
      consultationId: id,
      baseVersion: 0,
      intent: "draft",
      values: { [`answer_${q1}`]: "Zie bijlage" },
    });
    const added = await addAttachment(as(w.memberA), { consultationId: id, file: pdf("../../etc/Plan <v2>.exe.pdf") });
    expect(added.fileName).toBe(".._.._etc_Plan _v2_.exe.pdf");
    await addAttachment(as(w.memberA), { consultationId: id, file: xlsx() });
    const renamedExe = new File([new TextEncoder().encode("MZ\x90\x00 not a document")], "plan.pdf");
    await expect(addAttachment(as(w.memberA), { consultationId: id, file: renamedExe })).rejects.toBeInstanceOf(
      DomainRuleError,
    );
    const html = new File(["<html><script>alert(1)</script>"], "tarieven.xlsx");
    await expect(addAttachment(as(w.memberA), { consultationId: id, file: html })).rejects.toMatchObject({
      field: "file",
    });
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], "groot.pdf");
    await expect(addAttachment(as(w.memberA), { consultationId: id, file: big })).rejects.toThrow(/groter dan 10 MB/);

    const own = await findOwnResponse(db, id, w.memberA);
    const list = await attachmentsOf(db, [own!.id]);
    expect(list.map((a) => a.fileName)).toEqual([".._.._etc_Plan _v2_.exe.pdf", "tarieven.xlsx"]);
    const xl = await loadAttachmentFor(db, w.ctx.actor, list[1]!.id);
    expect(xl.contentType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    // The organisation and the officers read it; another provider, a resident and a visitor do not.
    await expect(loadAttachmentFor(db, w.memberA, added.id)).resolves.toMatchObject({ id: added.id });
    await expect(loadAttachmentFor(db, w.memberB, added.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadAttachmentFor(db, null, added.id)).rejects.toBeInstanceOf(NotFoundError);
    const [r] = await db
      .insert(users)
      .values({ email: "inwoner-at1@example.nl", name: "Inwoner", role: "resident" })
      .returning();
    const resident: Actor = {
      id: r!.id,
      name: "Inwoner",
      email: r!.email,
      role: "resident",
      providerId: null,
      membershipStatus: null,
      councilId: null,
    };
    await expect(loadAttachmentFor(db, resident, added.id)).rejects.toBeInstanceOf(NotFoundError);

    // Another provider cannot remove it; the organisation can, while the consultation is open.
    await expect(removeAttachment(as(w.memberB), { consultationId: id, attachmentId: added.id })).rejects.toThrow();
    await removeAttachment(as(w.memberA), { consultationId: id, attachmentId: added.id });
    expect(await attachmentsOf(db, [own!.id])).toHaveLength(1);
    const actions = (await db.select().from(auditLog).where(eq(auditLog.objectId, own!.id))).map((a) => a.action);
    expect(actions).toEqual(expect.arrayContaining(["consultation.attach", "consultation.remove_attachment"]));
  });
});
