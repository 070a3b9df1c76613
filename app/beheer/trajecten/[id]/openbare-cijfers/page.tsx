import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { getTrajectoryDetail } from "@/db/queries/trajectories";
import { PublicFigureForm } from "@/components/trajectory/public-figure-form";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { requirePermission } from "@/lib/auth/guard";
import { idParam, orNotFound } from "@/lib/http/params";
import { formatDateTime, t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { listPublicFigures } from "@/lib/public-figures/reads";
import { addPublicFigureAction, removePublicFigureAction } from "./actions";

export const metadata: Metadata = { title: t("trajectory.publicFigures") };

type Props = { params: Promise<{ id: string }> };

export default async function PublicFiguresPage({ params }: Props) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/trajecten/${rawId}/openbare-cijfers`, "trajectory.list_all");
  const db = await getDb();
  const detail = await orNotFound(getTrajectoryDetail(db, idParam(rawId)));
  const tr = detail.trajectory;
  const figures = await listPublicFigures(db, tr.id);
  const mayManage = can(actor, "public_figures.manage");
  return (
    <article className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/trajecten/${tr.id}`}>
          {tr.title}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("publicFigures.title", { title: tr.title })}</h1>
      <p className="utrecht-paragraph">{t("publicFigures.intro")}</p>
      <section aria-labelledby="cijfers" className="inkoop-stack">
        <h2 id="cijfers" className="utrecht-heading-2">
          {t("publicFigures.listTitle")}
        </h2>
        {figures.length === 0 ? (
          <p className="utrecht-paragraph">{t("publicFigures.none")}</p>
        ) : (
          <ul className="utrecht-unordered-list">
            {figures.map((f) => (
              <li key={f.id} className="utrecht-unordered-list__item">
                <strong>{f.figure}</strong> — {f.description}
                {f.source ? ` (${f.source})` : ""}
                <br />
                <small>{t("publicFigures.addedBy", { name: f.createdByName, at: formatDateTime(f.createdAt) })}</small>
                {mayManage ? (
                  <InlineActionForm
                    action={removePublicFigureAction}
                    hidden={{ trajectoryId: tr.id, figureId: f.id }}
                    submitLabel={t("publicFigures.remove")}
                    label={t("publicFigures.removeLabel", { figure: f.figure })}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {mayManage ? <PublicFigureForm trajectoryId={tr.id} action={addPublicFigureAction} /> : null}
    </article>
  );
}
