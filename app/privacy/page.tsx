import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { formatDate, t } from "@/lib/i18n";
import { PRIVACY_UPDATED_ON } from "@/lib/legal/dates";
import { loadOrganisation } from "@/lib/legal/organisation";
import { retentionFacts } from "@/lib/legal/retention";

export const metadata: Metadata = { title: t("privacy.title") };

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="inkoop-stack">
      <h2 id={id} className="utrecht-heading-2">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** What this portal processes, why, how long (from the code that enforces it) and the visitor's rights. */
export default async function PrivacyPage() {
  const org = await loadOrganisation(await getDb());
  const r = retentionFacts();
  const items = (keys: string[]) => (
    <ul className="utrecht-unordered-list">
      {keys.map((k) => (
        <li key={k} className="utrecht-unordered-list__item">
          {k}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("privacy.title")}</h1>
      <p className="utrecht-paragraph">{t("privacy.intro", { name: org.name })}</p>
      <Section id="verantwoordelijk" title={t("privacy.controllerTitle")}>
        <p className="utrecht-paragraph">{t("privacy.controller", { name: org.name, email: org.privacyEmail })}</p>
      </Section>
      <Section id="gegevens" title={t("privacy.whatTitle")}>
        {items(
          ["whatAccount", "whatSessions", "whatAudit", "whatContributions", "whatMessages", "whatMinutes"].map((k) =>
            t(`privacy.${k}`),
          ),
        )}
      </Section>
      <Section id="grondslag" title={t("privacy.whyTitle")}>
        <p className="utrecht-paragraph">{t("privacy.why")}</p>
      </Section>
      <Section id="bewaartermijnen" title={t("privacy.retentionTitle")}>
        {items([
          t("privacy.retentionSessions", { staff: r.staffIdleMinutes, idle: r.idleMinutes, hours: r.sessionHours }),
          t("privacy.retentionLinks", {
            reset: r.resetMinutes,
            days: r.verificationDays,
            challenge: r.challengeMinutes,
          }),
          t("privacy.retentionThrottle", { hours: r.throttleHours }),
          t("privacy.retentionJobs", { runs: r.jobRunDays, effects: r.jobEffectDays }),
          t("privacy.retentionAudit"),
          t("privacy.retentionAccount"),
        ])}
      </Section>
      <Section id="delen" title={t("privacy.sharingTitle")}>
        <p className="utrecht-paragraph">{t("privacy.sharing")}</p>
      </Section>
      <Section id="rechten" title={t("privacy.rightsTitle")}>
        <p className="utrecht-paragraph">{t("privacy.rights", { email: org.privacyEmail })}</p>
      </Section>
      <p className="utrecht-paragraph inkoop-muted">{t("privacy.updated", { date: formatDate(PRIVACY_UPDATED_ON) })}</p>
    </div>
  );
}
