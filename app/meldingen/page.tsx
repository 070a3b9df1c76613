import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { listNotifications } from "@/db/queries/messaging";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime, t } from "@/lib/i18n";
import { markAllReadAction } from "./actions";

export const metadata: Metadata = { title: t("notificationsPage.title") };

/** Links in notifications are always paths of this portal. */
const localPath = (link: string | null) => (link ? link.replace(/^https?:\/\/[^/]+/, "") : null);

export default async function NotificationsPage() {
  const actor = await requirePermission("/meldingen", "account.view");
  const rows = await listNotifications(await getDb(), actor.id);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("notificationsPage.title")}</h1>
      {rows.length === 0 ? <p className="utrecht-paragraph">{t("notificationsPage.empty")}</p> : null}
      {rows.some((n) => !n.readAt) ? (
        <InlineActionForm
          action={markAllReadAction}
          hidden={{}}
          submitLabel={t("notificationsPage.markRead")}
          label={t("notificationsPage.markRead")}
        />
      ) : null}
      <ul className="inkoop-stack" style={{ listStyle: "none", padding: 0 }}>
        {rows.map((n) => (
          <li key={n.id} className="inkoop-card">
            <p className="utrecht-paragraph">
              <strong>{n.title}</strong>{" "}
              {n.readAt ? null : <span className="inkoop-muted">({t("notificationsPage.unread")})</span>}
            </p>
            <p className="utrecht-paragraph">{n.body}</p>
            <p className="utrecht-paragraph inkoop-muted">
              {formatDateTime(n.createdAt)}
              {localPath(n.link) ? (
                <>
                  {" · "}
                  <Link className="utrecht-link" href={localPath(n.link)!}>
                    {t("notificationsPage.open")}
                  </Link>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
