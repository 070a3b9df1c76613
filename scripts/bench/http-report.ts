import type { HttpRun } from "./http";

const pct = (n: number) => `${Math.round(n * 100)}%`;

/** The HTTP figures as Markdown: each page as a share of the empty Next page, the growth rows, the JavaScript. */
export function httpReport(run: HttpRun): string {
  const ceiling = run.framework.requestsPerSecond || 1;
  const seeded = Object.entries(run.seedSeconds)
    .map(([d, s]) => `${d === "large" ? "volledige set" : "een tiende"} ${s.toFixed(0)} s`)
    .join(", ");
  const rows = [run.framework, ...run.results].map((r) => {
    const share = r.requestsPerSecond / ceiling;
    const verdict =
      r.minShare === undefined
        ? "—"
        : share >= r.minShare
          ? `gehaald (≥ ${pct(r.minShare)})`
          : `NIET gehaald (≥ ${pct(r.minShare)})`;
    const rps = r.requestsPerSecond.toFixed(0);
    return `| ${r.name} | ${rps} | ${pct(share)} | ${r.p50} ms | ${r.p975} ms | ${r.errors} | ${verdict} |`;
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
    `HTTP met autocannon, 50 verbindingen, 10 s per pagina, productiebuild op PostgreSQL met de grote dataset ` +
      `(10.000 aanbieders, 2.000 consultaties, 200.000 reacties, 50.000 bijdragen, 1.000.000 auditregels, ` +
      `5.000 gepubliceerde verslagen; laden: ${seeded}). ` +
      "Elke regel is een aandeel van de lege Next-pagina uit dezelfde run.",
    "",
    "| pagina | verzoeken/s | t.o.v. lege Next-pagina | p50 | p97,5 | fouten | doel |",
    "| --- | --- | --- | --- | --- | --- | --- |",
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
