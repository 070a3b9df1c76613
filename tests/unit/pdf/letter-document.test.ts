import { describe, expect, it } from "vitest";
import { renderLadderLetter } from "@/lib/escalation/letter-pdf";
import { readAccessibility, type StructureNode } from "@/lib/pdf/structure";
import { extractPdfText } from "@/lib/pdf/text-layer";

const ladder = { escalationId: "0f9b2c4e-1111-4222-8333-444455556666", contractReference: "ZW-2027-014" };
const letter = {
  kind: "step3" as const,
  providerName: "Thuiszorg Şahin & Nguyễn",
  contractReference: "ZW-2027-014",
  contractTitle: "Begeleiding individueel — Wiśniewska Zorg",
  shortfall: "de wachttijd voor cliënten van Øverland liep op tot twaalf weken.",
  ground: "plan_not_delivered" as const,
  explanation: "Mevrouw Yılmaz heeft dit op 3 maart bevestigd.",
  today: "2027-03-10",
};

describe("renderLadderLetter", () => {
  it("is a tagged PDF in Dutch with the subject as its title and its heading", async () => {
    const { bytes, subject } = await renderLadderLetter(
      { ...ladder, providerName: letter.providerName },
      letter,
      new Date("2027-03-10T09:00:00Z"),
    );
    const a11y = await readAccessibility(bytes);
    expect(a11y).toMatchObject({ language: "nl", marked: true, displayDocTitle: true, title: subject });
    expect(a11y.xmpTitle).toBe(subject);
    const roles = (node: StructureNode): string[] => [node.role, ...node.children.flatMap(roles)];
    const [page] = a11y.pages;
    expect(page).not.toBeNull();
    const document = page!.children[0]!;
    expect(document.role).toBe("Document");
    expect(roles(document)).toEqual(["Document", "P", "P", "P", "H1", "P", "P", "P", "P", "P", "P"]);
    const heading = document.children.find((c) => c.role === "H1")!;
    expect(heading.text.replace(/\s+/g, " ").trim()).toBe(`Onderwerp: ${subject}`);
  });

  it("gives back the provider's name and every other name exactly", async () => {
    const { bytes } = await renderLadderLetter(
      { ...ladder, providerName: letter.providerName },
      letter,
      new Date("2027-03-10T09:00:00Z"),
    );
    const flat = (await extractPdfText(bytes)).text.replace(/\s+/g, " ");
    for (const name of ["Thuiszorg Şahin & Nguyễn", "Wiśniewska Zorg", "Øverland", "Mevrouw Yılmaz"])
      expect(flat).toContain(name);
  });
});
