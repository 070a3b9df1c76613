import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { ConsultationList } from "@/components/consultation/consultation-list";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { listConsultationsFor } from "@/lib/consultation/reads";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("consultation.listTitle") };

export default async function ConsultationsPage() {
  const db = await getDb();
  const actor = await getCurrentActor();
  const { open, closedInvited } = await listConsultationsFor(db, actor, new Date());
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("consultation.listTitle")}</h1>
      <p className="utrecht-paragraph">{t("consultation.listIntro")}</p>
      <section aria-labelledby="open">
        <h2 id="open" className="utrecht-heading-2">
          {t("consultation.openTitle")}
        </h2>
        {open.length ? (
          <ConsultationList items={open} hrefFor={(id) => `/consultaties/${id}`} />
        ) : (
          <p className="utrecht-paragraph">{t("consultation.none")}</p>
        )}
      </section>
      {actor ? (
        <section aria-labelledby="uitgenodigd">
          <h2 id="uitgenodigd" className="utrecht-heading-2">
            {t("consultation.invitedTitle")}
          </h2>
          {closedInvited.length ? (
            <ConsultationList items={closedInvited} hrefFor={(id) => `/consultaties/${id}`} />
          ) : (
            <p className="utrecht-paragraph">{t("consultation.noneInvited")}</p>
          )}
        </section>
      ) : null}
    </div>
  );
}
