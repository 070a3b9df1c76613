import { selectParticipants } from "../../lib/overlegtafel/select-participants";
import type { Classification } from "../../lib/overlegtafel/size-class";
import type { TableCandidate } from "../../lib/overlegtafel/types";
import { measure, type BenchResult } from "./measure";

const SUBREGIONS = [
  { id: "pe", name: "Purmerend en Edam-Volendam" },
  { id: "wo", name: "Waterland en omgeving" },
  { id: "zw", name: "Zaanstad en Wormerland" },
];
const CLASSES: Classification[] = ["large", "medium", "small"];

/** 10,000 relevant providers over three sub-regions, each with 20 earlier sessions. */
function bigTable(): TableCandidate[] {
  return Array.from({ length: 10_000 }, (_, i) => ({
    id: `aanbieder-${i}`,
    sizeClass: CLASSES[i % 3]!,
    subregionId: SUBREGIONS[(i * 7) % 3]!.id,
    attendance: Array.from({ length: 20 }, (_, s) => ({
      sessionDate: `20${String(6 + Math.floor(s / 2)).padStart(2, "0")}-${s % 2 ? "09" : "03"}-01`,
      invited: (i + s) % 4 === 0,
      status: (i + s) % 4 === 0 ? ("present" as const) : null,
    })),
  }));
}

export function benchSelectParticipants(): BenchResult {
  const providers = bigTable();
  return measure(
    "selectParticipants — 10.000 aanbieders, 3 subregio's, 20 sessies historie",
    50,
    () => {
      selectParticipants({ providers, subregions: SUBREGIONS, date: "2027-03-01", seed: "bench" });
    },
    { targetMs: 50 },
  );
}
