import { eq } from "drizzle-orm";
import {
  consultationTableProducts,
  consultationTables,
  meetings,
  providerSizeIndicators,
  trajectories,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { lookup } from "./trajectories";
import { PROVIDERS, seededRandom } from "./providers";

/** Ranges per class inside which all three indicators vote for that class (default thresholds). */
const RANGES = {
  large: { clients: [260, 1800], employees: [110, 900], wmoRevenue: [2_100_000, 14_000_000] },
  medium: { clients: [30, 240], employees: [12, 95], wmoRevenue: [300_000, 1_900_000] },
  small: { clients: [3, 24], employees: [1, 9], wmoRevenue: [40_000, 240_000] },
} as const;

type Refs = { providerIds: Map<string, string>; productIds: Map<string, string>; regionId: string; officerId: string };

/**
 * Size figures for every demo provider over last year (confirmed), one provider's figures for this
 * year still waiting for confirmation, and one consultation table for "Begeleiding individueel"
 * with a session planned: enough to see classes, the composition proposal and its reasons.
 */
export async function insertTableDemo(tx: Executor, refs: Refs, now = new Date()): Promise<void> {
  const next = seededRandom(5);
  const within = ([lo, hi]: readonly [number, number]) => Math.round(lo + next() * (hi - lo));
  const lastYear = now.getFullYear() - 1;
  await tx.insert(providerSizeIndicators).values(
    PROVIDERS.map((p) => {
      const r = RANGES[p.size];
      return {
        providerId: lookup(refs.providerIds, p.name),
        year: lastYear,
        clients: within(r.clients),
        employees: within(r.employees),
        wmoRevenue: Math.round(within(r.wmoRevenue) / 1000) * 1000,
        status: "confirmed" as const,
        enteredBy: refs.officerId,
        confirmedBy: refs.officerId,
        confirmedAt: now,
      };
    }),
  );
  await tx.insert(providerSizeIndicators).values({
    providerId: lookup(refs.providerIds, "Wijkzorg Waterland"),
    year: now.getFullYear(),
    clients: 140,
    employees: 38,
    wmoRevenue: 1_150_000,
    status: "submitted",
    enteredBy: refs.officerId,
  });

  const [trajectory] = await tx
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(eq(trajectories.title, "Inkoop Begeleiding Wmo 2027–2031"));
  if (!trajectory) throw new Error("demodata: traject voor de overlegtafel ontbreekt");
  const [table] = await tx
    .insert(consultationTables)
    .values({
      trajectoryId: trajectory.id,
      regionId: refs.regionId,
      title: "Overlegtafel Begeleiding individueel",
      subject: "product",
      createdBy: refs.officerId,
    })
    .returning({ id: consultationTables.id });
  await tx
    .insert(consultationTableProducts)
    .values({ tableId: table!.id, productId: lookup(refs.productIds, "WMO-BI") });
  const startsAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 28, 13, 0));
  await tx.insert(meetings).values({
    trajectoryId: trajectory.id,
    tableId: table!.id,
    kind: "table",
    title: "Overlegtafel Begeleiding individueel — eerste sessie",
    startsAt,
    endsAt: new Date(startsAt.getTime() + 2 * 3600_000),
    location: "Stadhuis Zaandam, raadzaal",
    agenda: "Opening\nWachttijden en instroom\nResultaatgericht werken\nRondvraag",
    createdBy: refs.officerId,
  });
}
