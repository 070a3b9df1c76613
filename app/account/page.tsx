import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listCouncils } from "@/db/queries/reference";
import { getProviderWithMembers } from "@/db/queries/users";
import { requirePermission } from "@/lib/auth/guard";
import { t } from "@/lib/i18n";
import { loadPreferences } from "@/lib/notifications/preferences";
import { can } from "@/lib/policy";
import { NotificationPreferencesForm } from "./notification-preferences-form";
import { ProfileForm } from "./profile-form";
import { SessionsSection } from "./sessions-section";
import { SecuritySection } from "./security-section";
import { ClientTexts } from "@/components/ui/client-texts";
import { NOTIFICATION_FORM_TEXTS, PROFILE_FORM_TEXTS } from "./texts";

export const metadata: Metadata = { title: t("account.title") };

// How the membership status is shown: approved as good news, pending as information, refused as a warning.
const statusAlert = (status: string) => (status === "approved" ? "ok" : status === "pending" ? "info" : "warning");

export default async function AccountPage() {
  const actor = await requirePermission("/account", "account.view");
  const db = await getDb();
  const provider = actor.providerId ? await getProviderWithMembers(db, actor.providerId) : null;
  const council = actor.councilId ? (await listCouncils(db)).find((c) => c.id === actor.councilId) : undefined;
  const status = actor.membershipStatus;
  const preferences = await loadPreferences(db, actor);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("account.title")}</h1>
      <dl className="utrecht-data-list utrecht-data-list--rows">
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t("account.email")}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">{actor.email}</dd>
        </div>
        <div className="utrecht-data-list__item">
          <dt className="utrecht-data-list__item-key">{t("account.role")}</dt>
          <dd className="utrecht-data-list__item-value utrecht-data-list__item-value--html-dd">
            {t(`role.${actor.role}`)}
          </dd>
        </div>
      </dl>
      {provider && status ? (
        <div className={`utrecht-alert utrecht-alert--${statusAlert(status)}`} role="status">
          <p className="utrecht-paragraph">{t(`account.${status}`, { name: provider.name })}</p>
        </div>
      ) : null}
      {council ? <p className="utrecht-paragraph">{t("account.council", { name: council.name })}</p> : null}
      <section aria-labelledby="gegevens">
        <h2 id="gegevens" className="utrecht-heading-2">
          {t("account.profile")}
        </h2>
        <ClientTexts keys={PROFILE_FORM_TEXTS}>
          <ProfileForm name={actor.name} />
        </ClientTexts>
      </section>
      <section aria-labelledby="meldingen">
        <h2 id="meldingen" className="utrecht-heading-2">
          {t("notificationPreferences.title")}
        </h2>
        <p className="utrecht-paragraph">{t("notificationPreferences.intro")}</p>
        <ClientTexts keys={NOTIFICATION_FORM_TEXTS}>
          <NotificationPreferencesForm rows={preferences} />
        </ClientTexts>
      </section>
      <SessionsSection actor={actor} />
      <SecuritySection actor={actor} />
      {provider && can(actor, "provider.view_members", { providerId: provider.id }) ? (
        <section aria-labelledby="collegas">
          <h2 id="collegas" className="utrecht-heading-2">
            {t("account.colleagues")}
          </h2>
          <ul className="utrecht-unordered-list">
            {provider.members.map((m) => (
              <li key={m.id} className="utrecht-unordered-list__item">
                {m.name} ({m.email}) — {m.membershipStatus ? t(`membershipStatus.${m.membershipStatus}`) : ""}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
