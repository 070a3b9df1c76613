import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { ConsultationEditForm } from "@/components/consultation/consultation-edit-form";
import { requirePermission } from "@/lib/auth/guard";
import { loadConsultationForOfficer } from "@/lib/consultation/reads";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { toLocalInputValue } from "@/lib/time/amsterdam";
import { editConsultationAction } from "../../actions";

export const metadata: Metadata = { title: t("consultation.edit") };

export default async function EditConsultationPage({ params }: { params: Promise<{ id: string }> }) {
  const rawId = (await params).id;
  const actor = await requirePermission(`/beheer/consultaties/${rawId}/bewerken`, "consultation.administer");
  const c = await orNotFound(loadConsultationForOfficer(await getDb(), actor, idParam(rawId)));
  return (
    <div className="inkoop-stack">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/beheer/consultaties/${c.id}`}>
          {t("consultation.back")}
        </Link>
      </p>
      <h1 className="utrecht-heading-1">{t("consultation.editTitle", { title: c.title })}</h1>
      <ConsultationEditForm
        consultationId={c.id}
        published={c.state !== "draft"}
        introduction={c.introduction}
        defaults={{
          title: c.title,
          opensAt: toLocalInputValue(c.opensAt),
          closesAt: toLocalInputValue(c.closesAt),
          changeSummary: "",
        }}
        action={editConsultationAction}
      />
    </div>
  );
}
