import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { ConsultationSummary } from "@/components/consultation/consultation-summary";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { loadConsultationFor, markInvitationOpened } from "@/lib/consultation/reads";
import { idParam, orNotFound } from "@/lib/http/params";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";

type Props = { params: Promise<{ id: string }> };

async function load(rawId: string) {
  const db = await getDb();
  const actor = await getCurrentActor();
  const loaded = await orNotFound(loadConsultationFor(db, actor, idParam(rawId)));
  return { db, actor, ...loaded };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { consultation } = await load((await params).id);
  return { title: consultation.title };
}

export default async function ConsultationPage({ params }: Props) {
  const { db, actor, consultation, resource } = await load((await params).id);
  if (actor && resource.invited) await markInvitationOpened(db, consultation.id, actor);
  return (
    <article className="inkoop-stack">
      <h1 className="utrecht-heading-1">{consultation.title}</h1>
      <ConsultationSummary consultation={consultation} state={resource.state} />
      {can(actor, "consultation.manage", resource) ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={`/beheer/consultaties/${consultation.id}`}>{t("consultation.workspaceLink")}</Link>
        </p>
      ) : null}
    </article>
  );
}
