import Link from "next/link";
import { getDb } from "@/db/client";
import { listTrajectories } from "@/db/queries/trajectories";
import { ConsultationList } from "@/components/consultation/consultation-list";
import { PublishedMinutesList } from "@/components/minutes/published-minutes-list";
import { TrajectoryList } from "@/components/trajectory/trajectory-list";
import { listPublicHighlights } from "@/lib/consultation/reads";
import { t } from "@/lib/i18n";
import { listRecentPublishedMinutes } from "@/lib/minutes/reads";
import { PHASES } from "@/lib/trajectory/constants";

export default async function HomePage() {
  const db = await getDb();
  const [items, { consultations, feedback }, minutes] = await Promise.all([
    listTrajectories(db, { includeInternal: false, limit: 6 }),
    listPublicHighlights(db, new Date()),
    listRecentPublishedMinutes(db),
  ]);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("home.title")}</h1>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{t("home.intro")}</p>
      <section aria-labelledby="consultaties">
        <h2 id="consultaties" className="utrecht-heading-2">
          {t("home.consultationsTitle")}
        </h2>
        {consultations.length ? (
          <ConsultationList items={consultations} hrefFor={(id) => `/consultaties/${id}`} />
        ) : (
          <p className="utrecht-paragraph">{t("consultation.none")}</p>
        )}
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href="/consultaties">
            {t("home.allConsultations")}
          </Link>
          {" · "}
          <Link className="utrecht-link" href="/consultaties?weergave=archief">
            {t("consultationArchive.homeLink")}
          </Link>
        </p>
      </section>
      {feedback.length ? (
        <section aria-labelledby="terugkoppelingen">
          <h2 id="terugkoppelingen" className="utrecht-heading-2">
            {t("home.feedbackTitle")}
          </h2>
          <ConsultationList items={feedback} hrefFor={(id) => `/consultaties/${id}`} />
        </section>
      ) : null}
      {minutes.length ? (
        <section aria-labelledby="verslagen">
          <h2 id="verslagen" className="utrecht-heading-2">
            {t("home.minutesTitle")}
          </h2>
          <PublishedMinutesList items={minutes} />
        </section>
      ) : null}
      <section aria-labelledby="lopend">
        <h2 id="lopend" className="utrecht-heading-2">
          {t("home.recentTitle")}
        </h2>
        {items.length ? (
          <TrajectoryList items={items} hrefFor={(id) => `/trajecten/${id}`} />
        ) : (
          <p className="utrecht-paragraph">{t("home.none")}</p>
        )}
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href="/trajecten">
            {t("home.allTrajectories")}
          </Link>
        </p>
      </section>
      <section aria-labelledby="fasen">
        <h2 id="fasen" className="utrecht-heading-2">
          {t("home.phasesTitle")}
        </h2>
        <ol className="utrecht-ordered-list">
          {PHASES.map((phase) => (
            <li key={phase} className="utrecht-ordered-list__item">
              <strong>{t(`phase.${phase}`)}</strong> — {t(`phase.question_${phase}`)}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
