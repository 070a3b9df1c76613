/** The two kinds of data an officer imports, and the columns of each, with the titles accepted for them. */
export const MEASUREMENT_KINDS = ["care_start", "result"] as const;
export type MeasurementKind = (typeof MEASUREMENT_KINDS)[number];

export const COLUMNS = {
  care_start: ["reference", "product", "allocationStart", "actualStart", "messageSent"],
  result: ["reference", "product", "achieved", "reason"],
} as const satisfies Record<MeasurementKind, readonly string[]>;

export type Column = (typeof COLUMNS)[MeasurementKind][number];

/** The title the portal writes in examples and messages (Dutch). */
export const COLUMN_TITLE: Record<Column, string> = {
  reference: "referentie",
  product: "productcode",
  allocationStart: "startdatum 301",
  actualStart: "startdatum 305",
  messageSent: "verzenddatum 305",
  achieved: "behaald",
  reason: "reden",
};

// Compared without case, spaces, hyphens or accents: "Startdatum iWmo301" is "startdatumiwmo301".
const ALIASES: Record<Column, string[]> = {
  reference: ["referentie", "clientreferentie", "pseudoniem", "pseudoniemreferentie", "clientpseudoniem", "kenmerk"],
  product: ["productcode", "product", "code"],
  allocationStart: ["startdatum301", "startdatumiwmo301", "301startdatum", "toewijzingsdatum", "startdatumtoewijzing"],
  actualStart: ["startdatum305", "startdatumiwmo305", "305startdatum", "daadwerkelijkestart", "startzorg"],
  messageSent: ["verzenddatum305", "305verzonden", "verzonden305", "datumverzonden305", "verzenddatumiwmo305"],
  achieved: ["behaald", "resultaatbehaald", "resultaat"],
  reason: ["reden", "redennietbehaald", "redencategorie", "reden_categorie"],
};

export const normaliseTitle = (title: string) =>
  title
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

export function columnFor(kind: MeasurementKind, title: string): Column | null {
  const key = normaliseTitle(title);
  return COLUMNS[kind].find((c: Column) => ALIASES[c].includes(key)) ?? null;
}
