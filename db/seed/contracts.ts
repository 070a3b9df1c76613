import {
  contractDocuments,
  contractProducts,
  contracts,
  contractSubregions,
  escalationEvents,
  escalations,
  kpiMeasurements,
  kpis,
  performanceAgreements,
  providers,
  subregions,
  trajectories,
  users,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { STANDARD_KPI_CODES, STANDARD_KPIS, type StandardKpiCode } from "@/lib/kpi/scoring";
import { renderLadderLetter } from "@/lib/escalation/letter-pdf";
import { DEFAULT_AGREEMENTS } from "@/lib/performance/defaults";
import { addDays, addYears } from "@/lib/time/calendar-day";
import { amsterdamDay } from "@/lib/time/amsterdam";
import { lastCompletedYear } from "@/lib/kpi/measurement-year";
import { lookup } from "./trajectories";

type Result = [subregion: string, code: StandardKpiCode, value: number, clients: number];
type ContractSeed = {
  reference: string;
  provider: string;
  title: string;
  products: string[];
  subregions: string[];
  results: Result[];
};

const TRAJECTORY = "Beschermd wonen en maatschappelijke opvang";

/**
 * Contracts in the execution phase: one provider meeting its norms, one with fewer than 10 clients in
 * care (not measured), and one under the norm that is on step 2 of the escalation ladder.
 */
export const CONTRACTS: ContractSeed[] = [
  {
    reference: "ZW-BW-2026-001",
    provider: "Zorggroep Zaanstreek",
    title: "Begeleiding individueel en beschermd wonen in de wijk",
    products: ["WMO-BI"],
    subregions: ["Purmerend en Edam-Volendam", "Waterland en omgeving", "Zaanstad en Wormerland"],
    results: [
      ["Purmerend en Edam-Volendam", "client_satisfaction", 8.7, 64],
      ["Purmerend en Edam-Volendam", "result_achieved", 81, 64],
      ["Purmerend en Edam-Volendam", "care_start", 92, 64],
      ["Waterland en omgeving", "client_satisfaction", 8.5, 22],
      ["Waterland en omgeving", "result_achieved", 70, 22],
      ["Waterland en omgeving", "care_start", 85, 22],
    ],
  },
  {
    reference: "ZW-BW-2026-002",
    provider: "Wijkzorg Waterland",
    title: "Begeleiding individueel Waterland",
    products: ["WMO-BI"],
    subregions: ["Waterland en omgeving"],
    results: [
      ["Waterland en omgeving", "client_satisfaction", 7.9, 7],
      ["Waterland en omgeving", "result_achieved", 55, 7],
      ["Waterland en omgeving", "care_start", 71, 7],
    ],
  },
  {
    reference: "ZW-BW-2026-003",
    provider: "Woonzorg De Zaanbocht",
    title: "Beschermd wonen Zaanstreek",
    products: ["WMO-BW", "WMO-BI"],
    subregions: ["Zaanstad en Wormerland", "Purmerend en Edam-Volendam"],
    results: [
      ["Zaanstad en Wormerland", "client_satisfaction", 7.6, 38],
      ["Zaanstad en Wormerland", "result_achieved", 58, 38],
      ["Zaanstad en Wormerland", "care_start", 74, 38],
      ["Purmerend en Edam-Volendam", "client_satisfaction", 8.6, 12],
      ["Purmerend en Edam-Volendam", "result_achieved", 66, 12],
      ["Purmerend en Edam-Volendam", "care_start", 90, 12],
    ],
  },
];

export async function insertContracts(
  tx: Executor,
  refs: { productIds: Map<string, string>; now?: Date },
): Promise<number> {
  const byName = async <T extends { id: string; name: string }>(rows: Promise<T[]>) =>
    new Map((await rows).map((r) => [r.name, r.id]));
  const providerIds = await byName(tx.select({ id: providers.id, name: providers.name }).from(providers));
  const subregionIds = await byName(tx.select({ id: subregions.id, name: subregions.name }).from(subregions));
  const trajectoryIds = await byName(tx.select({ id: trajectories.id, name: trajectories.title }).from(trajectories));
  const officer = (await byName(tx.select({ id: users.id, name: users.email }).from(users))).get(
    "contractmanager@purmerend.nl",
  );
  if (!officer) throw new Error("seed: contract manager account missing");
  const now = refs.now ?? new Date();
  const today = amsterdamDay(now);
  // Results are for the last completed calendar year; the contracts started at its beginning.
  const YEAR = lastCompletedYear(now);
  for (const seed of CONTRACTS) {
    const [contract] = await tx
      .insert(contracts)
      .values({
        providerId: lookup(providerIds, seed.provider),
        trajectoryId: lookup(trajectoryIds, TRAJECTORY),
        reference: seed.reference,
        title: seed.title,
        awardedOn: `${YEAR - 1}-10-01`,
        startsOn: `${YEAR}-01-01`,
        termForm: "2+2",
        createdBy: officer,
      })
      .returning();
    if (!contract) throw new Error("seed: contract insert returned nothing");
    await tx
      .insert(contractProducts)
      .values(seed.products.map((code) => ({ contractId: contract.id, productId: lookup(refs.productIds, code) })));
    await tx
      .insert(contractSubregions)
      .values(seed.subregions.map((name) => ({ contractId: contract.id, subregionId: lookup(subregionIds, name) })));
    const kpiRows = await tx
      .insert(kpis)
      .values(
        STANDARD_KPI_CODES.map((code, position) => {
          const { name, unit, norm, goodFrom } = STANDARD_KPIS[code];
          return { contractId: contract.id, code, name, unit, norm, goodFrom, position };
        }),
      )
      .returning();
    await tx.insert(kpiMeasurements).values(
      seed.results.map(([subregion, code, value, clientsInCare]) => ({
        kpiId: kpiRows.find((k) => k.code === code)!.id,
        subregionId: lookup(subregionIds, subregion),
        year: YEAR,
        value,
        clientsInCare,
        enteredBy: officer,
      })),
    );
    await tx.insert(performanceAgreements).values(
      DEFAULT_AGREEMENTS.map((a, position) => ({
        contractId: contract.id,
        title: a.title,
        frequency: a.frequency,
        interimOnRequest: a.interimOnRequest ?? false,
        position,
        // Due dates around today, so the demo shows both upcoming and overdue deliveries.
        firstDueOn:
          a.frequency === "on_request"
            ? null
            : a.frequency === "yearly"
              ? addDays(today, position * 20 - 30)
              : addYears(contract.startsOn, 2),
      })),
    );
    if (seed.reference.endsWith("003")) {
      const talkOn = addDays(today, -9);
      const [esc] = await tx
        .insert(escalations)
        .values({
          contractId: contract.id,
          step: "step2",
          source: "kpi",
          talkOn,
          planDueOn: addDays(talkOn, 14),
          clientStop: true,
          openedBy: officer,
          shortfall:
            `KPI Resultaat behaald ${YEAR} in Zaanstad en Wormerland: 58% (norm 65%); start zorg binnen ` +
            `6 weken 74% (ondergrens 80%).`,
          agreements:
            "Analyse van de oorzaken per team; extra inzet op evaluatiegesprekken met het lokale team; " +
            "wekelijkse rapportage van wachttijden.",
        })
        .returning();
      // The letter after the talk, from the same template and on the same day as the talk itself.
      const sentAt = new Date(`${talkOn}T14:00:00Z`);
      const letter = await renderLadderLetter(
        { escalationId: esc!.id, providerName: seed.provider, contractReference: contract.reference },
        {
          kind: "step1",
          providerName: seed.provider,
          contractReference: contract.reference,
          contractTitle: contract.title,
          shortfall: esc!.shortfall,
          today: talkOn,
          talkOn,
          agreements: esc!.agreements!,
          planDueOn: esc!.planDueOn!,
          planTermReason: null,
        },
        sentAt,
      );
      const [document] = await tx
        .insert(contractDocuments)
        .values({
          contractId: contract.id,
          kind: "letter",
          title: letter.subject,
          fileName: letter.fileName,
          contentType: "application/pdf",
          sizeBytes: letter.bytes.byteLength,
          content: letter.bytes,
          escalationId: esc!.id,
          uploadedBy: officer,
          uploadedAt: sentAt,
        })
        .returning({ id: contractDocuments.id });
      await tx.insert(escalationEvents).values([
        {
          escalationId: esc!.id,
          kind: "start",
          fromStep: null,
          toStep: "step1",
          note: esc!.shortfall,
          actorId: officer,
          at: new Date(`${addDays(talkOn, -5)}T09:00:00Z`),
        },
        {
          escalationId: esc!.id,
          kind: "hold_talk",
          fromStep: "step1",
          toStep: "step2",
          note: esc!.agreements,
          documentId: document!.id,
          actorId: officer,
          at: sentAt,
        },
        {
          escalationId: esc!.id,
          kind: "measures",
          fromStep: "step2",
          toStep: "step2",
          note: "Cliëntenstop tot het verbeterplan is beoordeeld.",
          actorId: officer,
          at: new Date(`${talkOn}T15:00:00Z`),
        },
      ]);
    }
  }
  return CONTRACTS.length;
}
