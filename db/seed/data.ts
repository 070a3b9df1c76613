/** Static demo data for region Zaanstreek-Waterland. All provider names are fictional. */

export const REGION = "Zaanstreek-Waterland";

export const SUBREGIONS: Record<string, string[]> = {
  "Purmerend en Edam-Volendam": ["Purmerend", "Edam-Volendam"],
  "Waterland en omgeving": ["Oostzaan", "Waterland", "Landsmeer"],
  "Zaanstad en Wormerland": ["Zaanstad", "Wormerland"],
};

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
] as const;
export type ProductCode = (typeof PRODUCTS)[number]["code"];

type SizeClass = "large" | "medium" | "small";
type ProviderSeed = { name: string; city: string; size: SizeClass; products: ProductCode[]; subregions: number[] };

// subregions index into Object.keys(SUBREGIONS): 0 Purmerend e.o., 1 Waterland e.o., 2 Zaanstad e.o.
export const PROVIDERS: ProviderSeed[] = [
  { name: "Zorggroep Zaanstreek", city: "Zaandam", size: "large", products: ["WMO-HO", "WMO-BI", "WMO-KV"], subregions: [0, 1, 2] },
  { name: "Stichting Waterlandse Zorg", city: "Purmerend", size: "large", products: ["WMO-HO", "WMO-BG"], subregions: [0, 1] },
  { name: "De Kaaik Jeugd en Gezin", city: "Zaandam", size: "large", products: ["JW-AMB", "JW-VB", "JW-PZ"], subregions: [0, 1, 2] },
  { name: "Huis aan het IJ Wonen", city: "Zaandam", size: "large", products: ["WMO-BW", "WMO-BI"], subregions: [2] },
  { name: "Kwadrant GGZ Noord-Holland", city: "Purmerend", size: "large", products: ["JW-GGZ", "WMO-BW"], subregions: [0, 2] },
  { name: "Thuiszorg De Weel", city: "Wormer", size: "large", products: ["WMO-HO"], subregions: [2] },
  { name: "Jeugdzorg Noorderlicht", city: "Edam", size: "large", products: ["JW-AMB", "JW-VB"], subregions: [0] },
  { name: "Buurtzorg Waterland", city: "Monnickendam", size: "medium", products: ["WMO-HO", "WMO-BI"], subregions: [1] },
  { name: "Dagcentrum De Zaanse Schans", city: "Zaandijk", size: "medium", products: ["WMO-BG"], subregions: [2] },
  { name: "Begeleiding Op Maat Purmer", city: "Purmerend", size: "medium", products: ["WMO-BI", "WMO-BG"], subregions: [0] },
  { name: "Leerpunt Dyslexie", city: "Purmerend", size: "medium", products: ["JW-DYS"], subregions: [0, 1, 2] },
  { name: "Gezinshuis De Vlinder", city: "Landsmeer", size: "medium", products: ["JW-VB", "JW-PZ"], subregions: [1] },
  { name: "Thuishulp Volendam", city: "Volendam", size: "medium", products: ["WMO-HO"], subregions: [0] },
  { name: "Zorgboerderij Het Twiske", city: "Oostzaan", size: "medium", products: ["WMO-BG", "WMO-KV"], subregions: [1, 2] },
  { name: "Jeugdpraktijk Krommenie", city: "Krommenie", size: "medium", products: ["JW-AMB", "JW-GGZ"], subregions: [2] },
  { name: "Wooncoach Noord", city: "Purmerend", size: "medium", products: ["WMO-BI", "WMO-BW"], subregions: [0, 1] },
  { name: "Respijthuis Wormerland", city: "Wormer", size: "medium", products: ["WMO-KV"], subregions: [2] },
  { name: "Kinderpraktijk Het Anker", city: "Zaandam", size: "medium", products: ["JW-GGZ", "JW-DYS"], subregions: [2] },
  { name: "Ouderenzorg Edam", city: "Edam", size: "medium", products: ["WMO-HO", "WMO-BG"], subregions: [0] },
  { name: "Zorg aan de Zaan – J. de Vries (zzp)", city: "Zaandam", size: "small", products: ["WMO-BI"], subregions: [2] },
  { name: "Praktijk Ilpendam – M. Bakker (zzp)", city: "Ilpendam", size: "small", products: ["WMO-BI", "JW-AMB"], subregions: [1] },
  { name: "Atelier Kleurrijk", city: "Purmerend", size: "small", products: ["WMO-BG"], subregions: [0] },
  { name: "Gezinscoach S. Yilmaz (zzp)", city: "Zaandam", size: "small", products: ["JW-AMB"], subregions: [2] },
  { name: "Leesmaatje Dyslexiebegeleiding", city: "Monnickendam", size: "small", products: ["JW-DYS"], subregions: [1] },
  { name: "Huishoudhulp Oostzaan", city: "Oostzaan", size: "small", products: ["WMO-HO"], subregions: [1] },
  { name: "Begeleiding Anders – R. Visser (zzp)", city: "Volendam", size: "small", products: ["WMO-BI"], subregions: [0] },
  { name: "Stichting Buurtkracht Assendelft", city: "Assendelft", size: "small", products: ["WMO-BG"], subregions: [2] },
  { name: "Pleegouderbegeleiding Noord", city: "Landsmeer", size: "small", products: ["JW-PZ"], subregions: [1] },
  { name: "Praktijk Jong & Sterk", city: "Wormer", size: "small", products: ["JW-GGZ"], subregions: [2] },
  { name: "Logeerhuis De Haven", city: "Purmerend", size: "small", products: ["WMO-KV", "JW-VB"], subregions: [0] },
];

export const COUNCILS = [
  { name: "Cliëntenraad Zaanstreek-Waterland", kind: "client_council" },
  { name: "Wmo-raad Zaanstad", kind: "wmo_council" },
] as const;
