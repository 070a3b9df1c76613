import Link from "next/link";
import type { Executor } from "@/db/connection";
import type { Actor } from "@/lib/auth/actor";
import type { VisibleConsultation } from "@/lib/consultation/reads";
import { t } from "@/lib/i18n";
import { latestVersions, listPublishedRoundsFor } from "@/lib/questions/reads";

/** The way from a consultation to its questions and the published rounds of the nota van inlichtingen. */
export async function QuestionsLink({
  db,
  actor,
  visible,
}: {
  db: Executor;
  actor: Actor | null;
  visible: VisibleConsultation;
}) {
  if (visible.resource.state === "draft") return null;
  const rounds = latestVersions(await listPublishedRoundsFor(db, actor, visible));
  return (
    <section aria-labelledby="vragen">
      <h2 id="vragen" className="utrecht-heading-2">
        {t("questions.title")}
      </h2>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/consultaties/${visible.consultation.id}/vragen`}>
          {t("questions.linkWithCount", { count: rounds.length })}
        </Link>
      </p>
    </section>
  );
}
