import type { Metadata } from "next";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { Pagination, PagingError } from "@/components/ui/pagination";
import { getDb } from "@/db/client";
import { DEAD_OUTBOX_KEYS, listDeadOutbox, listOutbox, OUTBOX_KEYS } from "@/db/queries/messaging";
import type { outbox } from "@/db/schema";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime, t } from "@/lib/i18n";
import { pageLinks } from "@/lib/paging/href";
import { kindsOf } from "@/lib/paging/keyset";
import { pagingNames, parsePaging, type RawParams } from "@/lib/paging/request";
import { retryDeadAction } from "./actions";

export const metadata: Metadata = { title: t("outbox.title") };

type Row = typeof outbox.$inferSelect;

function statusText(m: Row): string {
  switch (m.status) {
    case "sent":
      return t("outbox.sent", { at: formatDateTime(m.sentAt ?? m.createdAt) });
    case "sending":
      return t("outbox.sending", { n: m.attempts });
    case "dead":
      return t("outbox.dead", {
        at: formatDateTime(m.deadAt ?? m.createdAt),
        n: m.attempts,
        error: m.lastError ?? "onbekende fout",
      });
    case "pending":
      return m.lastError
        ? t("outbox.retrying", { n: m.attempts, error: m.lastError, at: formatDateTime(m.nextAttemptAt) })
        : t("outbox.pending");
  }
}

function MessageTable({ rows, testId, retry }: { rows: Row[]; testId: string; retry: boolean }) {
  return (
    <table className="inkoop-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t("outbox.created")}</th>
          <th scope="col">{t("outbox.to")}</th>
          <th scope="col">{t("outbox.subject")}</th>
          <th scope="col">{t("outbox.status")}</th>
          {retry && <th scope="col">{t("outbox.actions")}</th>}
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
            <td>{statusText(m)}</td>
            {retry && (
              <td>
                <InlineActionForm
                  action={retryDeadAction}
                  hidden={{ messageId: m.id }}
                  submitLabel={t("outbox.retry")}
                  label={t("outbox.retryFor", { to: m.recipient })}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const PAGE_SIZE = 100;
// The dead letters are a second list on this page, paged with their own parameters.
const DEAD = "dood-";
const ALL_PARAMS = Object.values(pagingNames());
const DEAD_PARAMS = Object.values(pagingNames(DEAD));

export default async function OutboxPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  await requirePermission("/beheer/uitgaande-post", "outbox.read");
  const params = await searchParams;
  const paging = parsePaging(params, kindsOf(OUTBOX_KEYS));
  const deadPaging = parsePaging(params, kindsOf(DEAD_OUTBOX_KEYS), DEAD);
  const db = await getDb();
  const [page, deadPage] = await Promise.all([
    listOutbox(db, paging.request, PAGE_SIZE),
    listDeadOutbox(db, deadPaging.request, PAGE_SIZE),
  ]);
  const rows = page.items.map((r) => r.message);
  const dead = deadPage.items.map((r) => r.message);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("outbox.title")}</h1>
      <p className="utrecht-paragraph">{t("outbox.intro")}</p>
      <PagingError message={paging.error ?? deadPaging.error} />
      {deadPage.total > 0 && (
        <section aria-labelledby="outbox-dead" className="inkoop-stack">
          <h2 className="utrecht-heading-2" id="outbox-dead">
            {t("outbox.deadTitle")}
          </h2>
          <p className="utrecht-paragraph">{t("outbox.deadIntro", { n: deadPage.total })}</p>
          <InlineActionForm
            action={retryDeadAction}
            hidden={{ messageId: "all" }}
            submitLabel={t("outbox.retryAll")}
            label={t("outbox.retryAll")}
            variant="primary"
          />
          <MessageTable rows={dead} testId="outbox-dead" retry />
          <Pagination
            label={t("paging.label.deadOutbox")}
            page={deadPage}
            links={pageLinks("/beheer/uitgaande-post", params, ALL_PARAMS, deadPage, DEAD)}
          />
        </section>
      )}
      <h2 className="utrecht-heading-2">{t("outbox.allTitle")}</h2>
      {page.total === 0 ? (
        <p className="utrecht-paragraph">{t("outbox.empty")}</p>
      ) : (
        <MessageTable rows={rows} testId="outbox" retry={false} />
      )}
      <Pagination
        label={t("paging.label.outbox")}
        page={page}
        links={pageLinks("/beheer/uitgaande-post", params, DEAD_PARAMS, page)}
      />
    </div>
  );
}
