import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listGuidance } from "@/db/queries/guidance";
import { GuidanceForm } from "@/components/guidance/guidance-form";
import { requirePermission } from "@/lib/auth/guard";
import { guidanceFieldName } from "@/lib/guidance/validation";
import { phaseParam } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { PHASES } from "@/lib/trajectory/constants";
import { phaseIndex } from "@/lib/trajectory/phase-machine";
import { updateGuidanceAction } from "./actions";

export const metadata: Metadata = { title: t("guidanceAdmin.title") };

export default async function GuidanceAdminPage({ searchParams }: { searchParams: Promise<{ fase?: string }> }) {
  await requirePermission("/beheer/handreiking", "guidance.edit");
  const phase = phaseParam((await searchParams).fase ?? PHASES[0]);
  const rows = await listGuidance(await getDb(), phase);
  const current = Object.fromEntries(rows.map((r) => [guidanceFieldName(r.perspective, r.aspect), r.items.join("\n")]));
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("guidanceAdmin.title")}</h1>
      <p className="utrecht-paragraph">{t("guidanceAdmin.intro")}</p>
      <nav aria-label={t("trajectory.phasePages")}>
        <ul className="inkoop-phases">
          {PHASES.map((p, i) => (
            <li key={p} aria-current={p === phase ? "page" : undefined}>
              <Link className="utrecht-link" href={`/beheer/handreiking?fase=${p}`}>
                {t("phase.number", { n: i + 1 })}: {t(`phase.${p}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="utrecht-heading-2">
        {t("phase.number", { n: phaseIndex(phase) + 1 })}: {t(`phase.${phase}`)}
      </h2>
      <GuidanceForm key={phase} phase={phase} current={current} action={updateGuidanceAction} />
    </div>
  );
}
