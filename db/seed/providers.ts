import type { ProductCode, SubregionIndex } from "./region";

type SizeClass = "large" | "medium" | "small";
export type ProviderSeed = {
  name: string;
  city: string;
  size: SizeClass;
  products: ProductCode[];
  subregions: SubregionIndex[];
};

/**
 * Thirty fictional providers: any resemblance to a real organisation is unintended. The mix of
 * sizes matters because the consultation-table rules invite per size class (source 002).
 * Sub-region indexes: 0 Purmerend en Edam-Volendam, 1 Waterland en omgeving, 2 Zaanstad en Wormerland.
 * All thirty are contracted for "Begeleiding individueel" (WMO-BI), the region's broadest product, so
 * its consultation table has more than twelve relevant providers and the caps apply.
 */
export const PROVIDERS: ProviderSeed[] = [
  // Large
  {
    name: "Zorggroep Zaanstreek",
    city: "Zaandam",
    size: "large",
    products: ["WMO-HO", "WMO-BI", "WMO-KV"],
    subregions: [0, 1, 2],
  },
  {
    name: "Stichting Zorgkring Purmer & Waterland",
    city: "Purmerend",
    size: "large",
    products: ["WMO-HO", "WMO-BI", "WMO-BG"],
    subregions: [0, 1],
  },
  {
    name: "Jeugd & Gezin Zaanoever",
    city: "Zaandam",
    size: "large",
    products: ["JW-AMB", "JW-VB", "JW-PZ", "WMO-BI"],
    subregions: [0, 1, 2],
  },
  { name: "Woonzorg De Zaanbocht", city: "Zaandam", size: "large", products: ["WMO-BW", "WMO-BI"], subregions: [2, 0] },
  {
    name: "GGZ Purmerlanden",
    city: "Purmerend",
    size: "large",
    products: ["JW-GGZ", "WMO-BW", "WMO-BI"],
    subregions: [0, 2],
  },
  { name: "Thuiszorg Weelzicht", city: "Wormer", size: "large", products: ["WMO-HO", "WMO-BI"], subregions: [2] },
  {
    name: "Jeugdzorg Zuiderwoude",
    city: "Edam",
    size: "large",
    products: ["JW-AMB", "JW-VB", "WMO-BI"],
    subregions: [0, 1],
  },
  {
    name: "Stichting Dijk & Dorp Welzijn",
    city: "Monnickendam",
    size: "large",
    products: ["WMO-BG", "WMO-BI", "WMO-KV", "WMO-HO"],
    subregions: [1],
  },
  // Medium
  { name: "Wijkzorg Waterland", city: "Monnickendam", size: "medium", products: ["WMO-HO", "WMO-BI"], subregions: [1] },
  {
    name: "Dagbesteding Molenzicht",
    city: "Zaandijk",
    size: "medium",
    products: ["WMO-BG", "WMO-BI"],
    subregions: [2],
  },
  {
    name: "Purmer Begeleiding op Maat",
    city: "Purmerend",
    size: "medium",
    products: ["WMO-BI", "WMO-BG"],
    subregions: [0],
  },
  {
    name: "Dyslexiecentrum Leeslicht Noord",
    city: "Purmerend",
    size: "medium",
    products: ["JW-DYS", "WMO-BI"],
    subregions: [0, 1, 2],
  },
  {
    name: "Gezinshuizen Het Veenhuis",
    city: "Landsmeer",
    size: "medium",
    products: ["JW-VB", "JW-PZ", "WMO-BI"],
    subregions: [1],
  },
  {
    name: "Thuishulp Dijkzicht Volendam",
    city: "Volendam",
    size: "medium",
    products: ["WMO-HO", "WMO-BI"],
    subregions: [0],
  },
  {
    name: "Zorgboerderij De Oostzaanse Weide",
    city: "Oostzaan",
    size: "medium",
    products: ["WMO-BG", "WMO-KV", "WMO-BI"],
    subregions: [1, 2],
  },
  {
    name: "Jeugdpraktijk De Rietlanden",
    city: "Krommenie",
    size: "medium",
    products: ["JW-AMB", "JW-GGZ", "WMO-BI"],
    subregions: [2],
  },
  {
    name: "Wooncoaching Beemsterpoort",
    city: "Purmerend",
    size: "medium",
    products: ["WMO-BI", "WMO-BW"],
    subregions: [0, 1],
  },
  {
    name: "Respijthuis De Wormerhoeve",
    city: "Wormer",
    size: "medium",
    products: ["WMO-KV", "JW-VB", "WMO-BI"],
    subregions: [2],
  },
  {
    name: "Kinder- en Jeugdpraktijk Zaanpeil",
    city: "Zaandam",
    size: "medium",
    products: ["JW-GGZ", "JW-DYS", "WMO-BI"],
    subregions: [2],
  },
  {
    name: "Ouderenbegeleiding Edammer Haven",
    city: "Edam",
    size: "medium",
    products: ["WMO-HO", "WMO-BG", "WMO-BI"],
    subregions: [0],
  },
  // Small, including solo self-employed (zzp)
  {
    name: "Zorg aan de Zaan – J. de Vries (zzp)",
    city: "Zaandam",
    size: "small",
    products: ["WMO-BI"],
    subregions: [2],
  },
  {
    name: "Praktijk Ilpendam – M. Bakker (zzp)",
    city: "Ilpendam",
    size: "small",
    products: ["WMO-BI", "JW-AMB"],
    subregions: [1],
  },
  {
    name: "Creatief Atelier De Kwast",
    city: "Purmerend",
    size: "small",
    products: ["WMO-BG", "WMO-BI"],
    subregions: [0],
  },
  {
    name: "Gezinscoach S. Yilmaz (zzp)",
    city: "Zaandam",
    size: "small",
    products: ["JW-AMB", "WMO-BI"],
    subregions: [2],
  },
  {
    name: "Leesmaatje Waterland",
    city: "Monnickendam",
    size: "small",
    products: ["JW-DYS", "WMO-BI"],
    subregions: [1],
  },
  {
    name: "Huishoudhulp Oostzaan & Co",
    city: "Oostzaan",
    size: "small",
    products: ["WMO-HO", "WMO-BI"],
    subregions: [1],
  },
  {
    name: "Begeleiding Anders – R. Visser (zzp)",
    city: "Volendam",
    size: "small",
    products: ["WMO-BI"],
    subregions: [0],
  },
  {
    name: "Stichting Buurtkracht Assendelft",
    city: "Assendelft",
    size: "small",
    products: ["WMO-BG", "WMO-BI"],
    subregions: [2],
  },
  {
    name: "Pleegzorgcoach L. Jansen (zzp)",
    city: "Landsmeer",
    size: "small",
    products: ["JW-PZ", "WMO-BI"],
    subregions: [1],
  },
  {
    name: "Praktijk Jong & Veerkrachtig",
    city: "Wormer",
    size: "small",
    products: ["JW-GGZ", "JW-AMB", "WMO-BI"],
    subregions: [2],
  },
];

/** A tiny seeded PRNG (mulberry32), so that every re-seed yields the same numbers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Unique, deterministic 8-digit numbers that look like Chamber of Commerce (KvK) numbers. */
export function kvkNumbers(count: number, seed = 2026): string[] {
  const next = seededRandom(seed);
  const numbers = new Set<string>();
  while (numbers.size < count) numbers.add(String(30_000_000 + Math.floor(next() * 69_999_999)));
  return [...numbers];
}
