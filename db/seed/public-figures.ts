import { inArray } from "drizzle-orm";
import { trajectories, trajectoryPublicFigures } from "@/db/schema";
import type { Executor } from "@/db/connection";
import { lookup } from "./trajectories";
import type { OfficerEmail } from "./trajectory-data";

type FigureSeed = { figure: string; description: string; source: string };

/** Figures the demo municipalities published per trajectory: the detector never suggests them. */
const PUBLIC_FIGURES: Record<string, { owner: OfficerEmail; figures: FigureSeed[] }> = {
  "Inkoop Begeleiding Wmo 2027–2031": {
    owner: "inkoper@zaanstad.nl",
    figures: [
      { figure: "€ 62,40", description: "Uurtarief begeleiding individueel 2026", source: "Tarievenlijst Wmo 2026" },
      {
        figure: "€ 750.000",
        description: "Europese drempel sociale en andere specifieke diensten",
        source: "Aanbestedingswet",
      },
      { figure: "3,8%", description: "OVA-indexatie tarieven 2027", source: "Raadsinformatiebrief indexatie 2027" },
    ],
  },
  "Jeugdhulp ambulant regio Zaanstreek-Waterland": {
    owner: "beleid@zaanstad.nl",
    figures: [
      {
        figure: "€ 1.450.000",
        description: "Regionaal budget ambulante jeugdhulp 2027",
        source: "Programmabegroting 2027",
      },
      { figure: "2,9%", description: "Indexatie jeugdhulptarieven 2027", source: "Regionale indexatieafspraak" },
    ],
  },
  "Beschermd wonen en maatschappelijke opvang": {
    owner: "contractmanager@purmerend.nl",
    figures: [
      {
        figure: "€ 12.400.000",
        description: "Budget beschermd wonen centrumgemeente 2027",
        source: "Programmabegroting 2027",
      },
      { figure: "4,1%", description: "Indexatie tarieven beschermd wonen 2027", source: "Raadsbesluit tarieven 2027" },
    ],
  },
};

export async function insertPublicFigures(tx: Executor, userIds: Map<string, string>): Promise<void> {
  const titles = Object.keys(PUBLIC_FIGURES);
  const rows = await tx
    .select({ id: trajectories.id, title: trajectories.title })
    .from(trajectories)
    .where(inArray(trajectories.title, titles));
  const ids = new Map(rows.map((r) => [r.title, r.id]));
  for (const [title, { owner, figures }] of Object.entries(PUBLIC_FIGURES)) {
    const trajectoryId = lookup(ids, title);
    const createdBy = lookup(userIds, owner);
    // Like the other demo data beyond the trajectories, covered by the seed's one "seed.demo" audit entry.
    await tx.insert(trajectoryPublicFigures).values(figures.map((f) => ({ ...f, trajectoryId, createdBy })));
  }
}
