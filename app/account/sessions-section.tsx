import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { getCurrentSessionId } from "@/lib/auth/current-actor";
import { describeDevice } from "@/lib/auth/session-device";
import { idleMinutesFor, sessionLimits } from "@/lib/auth/session-limits";
import { listOwnSessions } from "@/lib/auth/sessions";
import { formatDateTime, t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { SignOutElsewhereForm } from "./sign-out-elsewhere-form";
import { ClientTexts } from "@/components/ui/client-texts";
import { SIGN_OUT_ELSEWHERE_TEXTS } from "./texts";

const duration = (minutes: number) =>
  minutes % 60 === 0 ? t("sessions.hours", { n: minutes / 60 }) : t("sessions.minutes", { n: minutes });

function deviceName(userAgent: string | null): string {
  const { browser, system } = describeDevice(userAgent);
  if (browser && system) return t("sessions.deviceName", { browser, system });
  return browser ?? system ?? t("sessions.unknownDevice");
}

/** The account's own live sessions with "elders afmelden"; a section of its own on the account page. */
export async function SessionsSection({ actor }: { actor: Actor }) {
  if (!can(actor, "session.list_own")) return null;
  const sessions = await listOwnSessions(await getDb(), actor, await getCurrentSessionId());
  const limits = sessionLimits();
  const others = sessions.filter((s) => !s.current).length;
  return (
    <section aria-labelledby="sessies">
      <h2 id="sessies" className="utrecht-heading-2">
        {t("sessions.title")}
      </h2>
      <p className="utrecht-paragraph">
        {t("sessions.intro", {
          idle: duration(idleMinutesFor(actor.role, limits)),
          max: duration(limits.absoluteHours * 60),
        })}
      </p>
      <table className="inkoop-table" data-testid="sessions">
        <caption className="visually-hidden">{t("sessions.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("sessions.device")}</th>
            <th scope="col">{t("sessions.address")}</th>
            <th scope="col">{t("sessions.started")}</th>
            <th scope="col">{t("sessions.lastSeen")}</th>
            <th scope="col">{t("sessions.ends")}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s, i) => (
            <tr key={i}>
              <th scope="row">
                {deviceName(s.userAgent)}
                {s.current ? <strong> ({t("sessions.current")})</strong> : null}
              </th>
              <td>{s.lastAddress ?? t("sessions.unknownAddress")}</td>
              <td>{formatDateTime(s.createdAt)}</td>
              <td>{formatDateTime(s.lastSeenAt)}</td>
              <td>{formatDateTime(s.endsAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {can(actor, "session.end_own") ? (
        <ClientTexts keys={SIGN_OUT_ELSEWHERE_TEXTS}>
          <SignOutElsewhereForm others={others} />
        </ClientTexts>
      ) : null}
    </section>
  );
}
