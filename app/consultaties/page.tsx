import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listInvitedConsultations, listPublicConsultations } from "@/db/queries/consultations";
import { ConsultationList } from "@/components/consultation/consultation-list";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { speakingFor } from "@/lib/auth/actor";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("consultation.listTitle") };

export default async function ConsultationsPage() {
  const db = await getDb();
  const actor = await getCurrentActor();
  const now = new Date();
  const [open, invited] = await Promise.all([
    listPublicConsultations(db, now),
    actor
      ? listInvitedConsultations(db, { userId: actor.id, providerId: speakingFor(actor) }, now)
      : Promise.resolve([]),
  ]);
  const closedInvited = invited.filter((c) => c.openness === "closed");
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
