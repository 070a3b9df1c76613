import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { countUnread, listNotifications, NOTIFICATION_KEYS } from "@/db/queries/messaging";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { Pagination, PagingError } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime, t } from "@/lib/i18n";
import { pageLinks } from "@/lib/paging/href";
import { kindsOf } from "@/lib/paging/keyset";
import { parsePaging, type RawParams } from "@/lib/paging/request";
import { markAllReadAction } from "./actions";

export const metadata: Metadata = { title: t("notificationsPage.title") };

/** Links in notifications are always paths of this portal. */
const localPath = (link: string | null) => (link ? link.replace(/^https?:\/\/[^/]+/, "") : null);

const PAGE_SIZE = 50;

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const actor = await requirePermission("/meldingen", "account.view");
  const params = await searchParams;
  const paging = parsePaging(params, kindsOf(NOTIFICATION_KEYS));
  const db = await getDb();
  const [page, unread] = await Promise.all([
    listNotifications(db, actor.id, paging.request, PAGE_SIZE),
    countUnread(db, actor.id),
  ]);
  const rows = page.items.map((r) => r.notification);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("notificationsPage.title")}</h1>
      <PagingError message={paging.error} />
      {page.total === 0 ? <p className="utrecht-paragraph">{t("notificationsPage.empty")}</p> : null}
      {unread > 0 ? (
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
      <Pagination
        label={t("paging.label.notifications")}
        page={page}
        links={pageLinks("/meldingen", params, [], page)}
      />
    </div>
  );
}
