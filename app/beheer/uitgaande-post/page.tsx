import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listOutbox } from "@/db/queries/messaging";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime, t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("outbox.title") };

export default async function OutboxPage() {
  await requirePermission("/beheer/uitgaande-post", "outbox.read");
  const rows = await listOutbox(await getDb());
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("outbox.title")}</h1>
      <p className="utrecht-paragraph">{t("outbox.intro")}</p>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t("outbox.empty")}</p>
      ) : (
        <table className="inkoop-table" data-testid="outbox">
          <thead>
            <tr>
              <th scope="col">{t("outbox.created")}</th>
              <th scope="col">{t("outbox.to")}</th>
              <th scope="col">{t("outbox.subject")}</th>
              <th scope="col">{t("outbox.status")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.id}>
                <td>{formatDateTime(m.createdAt)}</td>
                <td>{m.recipient}</td>
                <td>
                  <details>
                    <summary>{m.subject}</summary>
                    <pre style={{ whiteSpace: "pre-wrap" }}>{m.body}</pre>
                  </details>
                </td>
                <td>
                  {m.sentAt
                    ? t("outbox.sent", { at: formatDateTime(m.sentAt) })
                    : m.lastError
                      ? t("outbox.failed", { n: m.attempts, error: m.lastError })
                      : t("outbox.pending")}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
