import type { BenchTargets } from "./large-dataset";

/** Which database a page is measured on: the data set, or a tenth of it (growth rows). */
export type Dataset = "large" | "tenth";

export type HttpCase = {
  id: string;
  name: string;
  dataset: Dataset;
  officer?: boolean;
  /** Sent as is: a cookie the portal does not know keeps a public page out of the page cache. */
  headers?: Record<string, string>;
  path: (t: BenchTargets) => string;
  /** The least share of the empty Next page's throughput the issue asks for. */
  minShare?: number;
};

/** A growth row: time per request of the larger case over the smaller one, side by side in one run. */
export type GrowthPair = { id: string; name: string; large: string; small: string; maxRatio: number };

const SEARCH = "/zoeken?q=begeleiding";
// Any cookie the portal does not know makes a visitor's page render afresh (scripts/page-cache.mjs).
const UNCACHED = { cookie: "bench-bezoeker=1" };

export const HTTP_CASES: HttpCase[] = [
  { id: "status", name: "Triviale pagina van het portaal (/status)", dataset: "large", path: () => "/status" },
  {
    id: "status-officer",
    name: "Triviale pagina, ingelogd als medewerker (/status: sessie, kop en menu van een medewerker)",
    dataset: "large",
    officer: true,
    path: () => "/status",
  },
  { id: "home", name: "Portaal-home (/)", dataset: "large", path: () => "/", minShare: 0.4 },
  {
    id: "consultation",
    name: "Consultatiepagina, 10 bijdragen (/consultaties/[id])",
    dataset: "large",
    path: (t) => `/consultaties/${t.smallId}`,
    minShare: 0.4,
  },
  {
    id: "home-rendered",
    name: "Portaal-home, elke keer gerenderd (bezoeker met een eigen cookie)",
    dataset: "large",
    headers: UNCACHED,
    path: () => "/",
  },
  {
    id: "consultation-rendered",
    name: "Consultatiepagina, 10 bijdragen, elke keer gerenderd",
    dataset: "large",
    headers: UNCACHED,
    path: (t) => `/consultaties/${t.smallId}`,
  },
  {
    id: "consultation-1000",
    name: "Consultatiepagina, 1.000 bijdragen, elke keer gerenderd",
    dataset: "large",
    headers: UNCACHED,
    path: (t) => `/consultaties/${t.bigId}`,
  },
  {
    id: "search",
    name: "Zoeken naar een veelvoorkomend woord, 200.000 reacties (/zoeken?q=begeleiding)",
    dataset: "large",
    path: () => SEARCH,
    minShare: 0.3,
  },
  {
    id: "search-rendered",
    name: "Zoeken naar een veelvoorkomend woord, 200.000 reacties, elke keer gerenderd",
    dataset: "large",
    headers: UNCACHED,
    path: () => SEARCH,
  },
  {
    id: "search-tenth-rendered",
    name: "Zoeken, zelfde woord, 20.000 reacties (een tiende), elke keer gerenderd",
    dataset: "tenth",
    headers: UNCACHED,
    path: () => SEARCH,
  },
  {
    id: "overview",
    name: "Reactie-overzicht medewerker, consultatie met 2.000 reacties (eerste pagina)",
    dataset: "large",
    officer: true,
    path: (t) => `/beheer/consultaties/${t.bigId}/reacties`,
    minShare: 0.25,
  },
  {
    id: "overview-100",
    name: "Reactie-overzicht medewerker, consultatie met 100 reacties",
    dataset: "large",
    officer: true,
    path: (t) => `/beheer/consultaties/${t.smallId}/reacties`,
  },
  {
    id: "audit",
    name: "Auditlog, 1.000.000 regels, gefilterd op handeling (eerste pagina)",
    dataset: "large",
    officer: true,
    path: () => "/beheer/audit?handeling=consultation.submit_response",
    minShare: 0.25,
  },
  {
    id: "audit-period",
    name: "Auditlog, 1.000.000 regels, geweigerd in een periode van een maand",
    dataset: "large",
    officer: true,
    path: () => {
      const to = new Date(Date.now() - 30 * 86_400_000);
      const from = new Date(to.getTime() - 30 * 86_400_000);
      const day = (d: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(d);
      return `/beheer/audit?resultaat=geweigerd&van=${day(from)}&tot=${day(to)}`;
    },
  },
];

export const GROWTH: GrowthPair[] = [
  {
    id: "overview",
    name: "Reactie-overzicht: 2.000 t.o.v. 100 reacties",
    large: "overview",
    small: "overview-100",
    maxRatio: 1.3,
  },
  {
    id: "search",
    name: "Zoeken, elke keer gerenderd: 200.000 t.o.v. 20.000 reacties",
    large: "search-rendered",
    small: "search-tenth-rendered",
    maxRatio: 1.3,
  },
  {
    id: "consultation",
    name: "Consultatiepagina: 1.000 t.o.v. 10 bijdragen",
    large: "consultation-1000",
    small: "consultation-rendered",
    maxRatio: 1.3,
  },
];
