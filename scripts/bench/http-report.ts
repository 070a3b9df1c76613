import type { HttpRun } from "./http";
import { median } from "./measure";

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** The HTTP figures as Markdown: each page as a share of the empty Next page, the growth rows, the JavaScript. */
export function httpReport(run: HttpRun): string {
  const ceilings = run.framework.map((r) => r.requestsPerSecond);
  const seeded = Object.entries(run.seedSeconds)
    .map(([d, s]) => `${d === "large" ? "volledige set" : "een tiende"} ${s.toFixed(0)} s`)
    .join(", ");
  const ceilingRow = run.framework.length
    ? [
        `| Lege Next-pagina zonder app — plafond, vóór elke regel gemeten ` +
          `(${Math.round(Math.min(...ceilings))}–${Math.round(Math.max(...ceilings))}/s) | ` +
          `${median(ceilings).toFixed(0)} | 100% | — | — | ` +
          `${run.framework.reduce((n, r) => n + r.errors, 0)} | — |`,
      ]
    : [];
  const rows = run.results.map((r) => {
    const share = r.shareRounds ? median(r.shareRounds) : r.requestsPerSecond / (r.ceiling || 1);
    const verdict =
      r.minShare === undefined
        ? "—"
        : share >= r.minShare
          ? `gehaald (≥ ${pct(r.minShare)})`
          : `NIET gehaald (≥ ${pct(r.minShare)})`;
    const rps = r.requestsPerSecond.toFixed(0);
    const shareOf = r.shareRounds
      ? `${pct(share)} (${r.shareRounds.map(pct).join(", ")}; eerste ronde van ${(r.ceiling ?? 0).toFixed(0)})`
      : `${pct(share)} van ${(r.ceiling ?? 0).toFixed(0)}`;
    return `| ${r.name} | ${rps} | ${shareOf} | ${r.p50} ms | ${r.p975} ms | ${r.errors} | ${verdict} |`;
  });
  const growth = run.growth.map((g) =>
    !Number.isFinite(g.ratio)
      ? `| ${g.name} | niet te meten: de grotere pagina beantwoordde binnen 10 s geen verzoek | NIET gehaald |`
      : `| ${g.name} | ${g.ratio.toFixed(2)}× (${g.rounds.map((r) => `${r.toFixed(2)}×`).join(", ")}) | ` +
        `${g.ratio <= g.maxRatio ? "gehaald" : "NIET gehaald"} ` +
        `(≤ ${g.maxRatio}×) |`,
  );
  const js = run.js
    ? [
        "",
        `JavaScript (gzip) die een openbare pagina laadt, t.o.v. de lege Next-pagina ` +
          `(${run.js.frameworkKb.toFixed(1)} kB); doel: hoogstens 25 kB meer.`,
        "",
        "| pagina | kB (gzip) | verschil | doel |",
        "| --- | --- | --- | --- |",
        ...run.js.pages.map((p) => {
          const extra = p.kb - run.js!.frameworkKb;
          const verdict = extra <= 25 ? "gehaald" : "NIET gehaald";
          return `| ${p.name} | ${p.kb.toFixed(1)} | +${extra.toFixed(1)} kB | ${verdict} |`;
        }),
      ]
    : [];
  return [
    "",
    `HTTP met autocannon, 50 verbindingen, 10 s per pagina na 2 s opwarmen, productiebuild op PostgreSQL ` +
      `met de grote dataset ` +
      `(10.000 aanbieders, 2.000 consultaties, 200.000 reacties, 50.000 bijdragen, 1.000.000 auditregels, ` +
      `5.000 gepubliceerde verslagen; laden: ${seeded}). ` +
      "Elke regel is een aandeel van de lege Next-pagina, gemeten vlak vóór die regel in dezelfde run " +
      "(de snelheid van deze machine verloopt binnen één run met een derde). Een regel met een doel is de " +
      "mediaan van drie rondes (lege pagina, dan die pagina); tussen haakjes elke ronde, verzoeken/s en " +
      "latentie zijn van de eerste. De database is na het laden " +
      "gevacuümeerd en gecheckpoint, zoals een beheerder hem na een bulklading achterlaat.",
    "",
    "| pagina | verzoeken/s | t.o.v. lege Next-pagina ernaast | p50 | p97,5 | fouten | doel |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...ceilingRow,
    ...rows,
    ...(growth.length
      ? [
          "",
          "Groei van de tijd per verzoek, naast elkaar in dezelfde run: de mediaan van drie rondes die beide " +
            "pagina's om en om meten (tussen haakjes elke ronde; de eerste is het paar uit de tabel):",
          "",
          "| vergelijking | factor | doel |",
          "| --- | --- | --- |",
          ...growth,
        ]
      : []),
    ...js,
  ].join("\n");
}
