import type { CareDomain } from "@/lib/trajectory/constants";

/** Region Zaanstreek-Waterland as it is organised for social-domain procurement (source 002). */
export const REGION = "Zaanstreek-Waterland";

/** Sub-regions in a fixed order; providers refer to them by index. */
export const SUBREGIONS = [
  { name: "Purmerend en Edam-Volendam", municipalities: ["Purmerend", "Edam-Volendam"] },
  { name: "Waterland en omgeving", municipalities: ["Oostzaan", "Waterland", "Landsmeer"] },
  { name: "Zaanstad en Wormerland", municipalities: ["Zaanstad", "Wormerland"] },
] as const;
export type SubregionIndex = 0 | 1 | 2;
export type MunicipalityName = (typeof SUBREGIONS)[number]["municipalities"][number];
export const ALL_MUNICIPALITIES: MunicipalityName[] = SUBREGIONS.flatMap((s) => [...s.municipalities]);

export const PRODUCTS = [
  { code: "WMO-HO", name: "Huishoudelijke ondersteuning", domain: "wmo" },
  { code: "WMO-BI", name: "Begeleiding individueel", domain: "wmo" },
  { code: "WMO-BG", name: "Begeleiding groep (dagbesteding)", domain: "wmo" },
  { code: "WMO-BW", name: "Beschermd wonen", domain: "wmo" },
  { code: "WMO-KV", name: "Kortdurend verblijf", domain: "wmo" },
  { code: "JW-AMB", name: "Jeugdhulp ambulant", domain: "jeugd" },
  { code: "JW-VB", name: "Jeugdhulp met verblijf", domain: "jeugd" },
  { code: "JW-DYS", name: "Dyslexiezorg", domain: "jeugd" },
  { code: "JW-GGZ", name: "Jeugd-GGZ", domain: "jeugd" },
  { code: "JW-PZ", name: "Pleegzorg", domain: "jeugd" },
] as const satisfies ReadonlyArray<{ code: string; name: string; domain: CareDomain }>;
export type ProductCode = (typeof PRODUCTS)[number]["code"];

export const COUNCILS = [
  { name: "Cliëntenraad Zaanstreek-Waterland", kind: "client_council" },
  { name: "Wmo-raad Zaanstad", kind: "wmo_council" },
] as const;
export type CouncilName = (typeof COUNCILS)[number]["name"];
