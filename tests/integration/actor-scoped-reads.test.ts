import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { contractForActor } from "@/lib/contract/access";
import {
  listContractsForOfficer,
  listDashboardYears,
  listOwnContracts,
  loadContractDetailsFor,
} from "@/lib/contract/reads";
import { createContract } from "@/lib/contract/writes";
import { loadConsultationForOfficer, loadResponsesForOfficer } from "@/lib/consultation/reads";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { loadMeetingForStaff } from "@/lib/meeting/reads";
import { loadWorkingMinutesForOfficer } from "@/lib/minutes/reads";
import { listTablesForStaff } from "@/lib/overlegtafel/reads";
import { describeEachDatabase } from "@/tests/helpers/test-db";
import { providerWorld } from "./fixtures";

// The reads in lib/<domain>/reads.ts ask the policy themselves: a page that forgot its own check still
// leaks nothing. The officer's reads refuse everyone else before they look anything up.
describeEachDatabase("actor-scoped reads", (getDb) => {
  it("refuses the officer's reads to providers, residents, administrators and anonymous visitors", async () => {
    const db = getDb();
    const w = await providerWorld(db, "81");
    const admin: Actor = { ...w.ctx.actor, id: randomUUID(), role: "admin" };
    const resident: Actor = { ...w.memberA, id: randomUUID(), role: "resident", providerId: null };
    const id = randomUUID();
    const officerReads = (actor: Actor | null) => [
      listContractsForOfficer(db, actor),
      listDashboardYears(db, actor),
      loadConsultationForOfficer(db, actor, id),
      loadResponsesForOfficer(db, actor, id),
      loadMeetingForStaff(db, actor, id),
      loadWorkingMinutesForOfficer(db, actor, id),
      listTablesForStaff(db, actor),
    ];
    for (const outsider of [null, w.memberA, resident, admin]) {
      const results = await Promise.allSettled(officerReads(outsider));
      const refused = results.map((r) => r.status === "rejected" && r.reason instanceof ForbiddenError);
      expect(refused, `as ${outsider?.role ?? "anonymous"}`).toEqual(results.map(() => true));
    }
    // The officer passes the policy: the same reads answer (a consultation that does not exist has no responses).
    await expect(loadResponsesForOfficer(db, w.ctx.actor, id)).resolves.toEqual([]);
    await expect(listTablesForStaff(db, w.ctx.actor)).resolves.toEqual(expect.any(Array));
  });

  it("shows a contract's parts to its own provider and to officers, and to no other provider", async () => {
    const db = getDb();
    const w = await providerWorld(db, "82");
    const [product] = await db.query.products.findMany({ limit: 1 });
    const [subregion] = await db.query.subregions.findMany({ limit: 1 });
    const { id } = await createContract(w.ctx, {
      providerId: w.a.id,
      trajectoryId: w.input.trajectoryId,
      reference: "C-82",
      title: "Begeleiding individueel",
      productIds: [product!.id],
      subregionIds: [subregion!.id],
      awardedOn: "2025-10-01",
      startsOn: "2026-01-01",
      termForm: "2+2",
      termFormReason: null,
    });
    const contract = await contractForActor(db, w.memberA, id);
    await expect(loadContractDetailsFor(db, w.memberA, contract)).resolves.toHaveProperty("kpis");
    await expect(loadContractDetailsFor(db, w.ctx.actor, contract)).resolves.toHaveProperty("kpis");
    // Handing another provider the contract (as a page that skipped its check would) still finds nothing.
    await expect(loadContractDetailsFor(db, w.memberB, contract)).rejects.toBeInstanceOf(NotFoundError);
    await expect(contractForActor(db, w.memberB, id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await listOwnContracts(db, w.memberA)).map((c) => c.id)).toContain(id);
    expect((await listOwnContracts(db, w.memberB)).map((c) => c.id)).not.toContain(id);
  });
});
