import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { requirePermission } from "@/lib/auth/guard";
import { listModerationQueue, type ModerationRow } from "@/lib/consultation/moderation";
import { formatDateTime, t } from "@/lib/i18n";
import { hideCommentAction } from "@/app/consultaties/actions";
import { unhideCommentAction } from "@/app/consultaties/moderation-actions";

export const metadata: Metadata = { title: t("moderation.title") };

function ReasonField({ id, label }: { id: string; label: string }) {
  return (
    <>
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <input id={id} name="reason" className="utrecht-textbox utrecht-textbox--html-input" maxLength={500} />{" "}
    </>
  );
}

function QueueItem({ c }: { c: ModerationRow }) {
  return (
    <li className="inkoop-card inkoop-stack" data-testid="moderation-item">
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href={`/consultaties/${c.consultationId}#reactie-${c.id}`}>
          {c.consultationTitle}
        </Link>
      </p>
      <p className="utrecht-paragraph inkoop-muted">
        <strong>{c.author}</strong> · {formatDateTime(c.createdAt)}
        {c.flags > 0 ? ` · ${t("consultation.flags", { n: c.flags })}` : ""}
        {c.editedAt ? ` · ${t("moderation.edited", { at: formatDateTime(c.editedAt) })}` : ""}
      </p>
      <p className="utrecht-paragraph">
        <strong>{c.hiddenAt ? t("moderation.statusHidden") : t("moderation.statusReported")}</strong>
        {c.hiddenAt
          ? ` — ${t("moderation.hiddenSince", { at: formatDateTime(c.hiddenAt), reason: c.hiddenReason ?? "" })}`
          : ""}
      </p>
      <p className="utrecht-paragraph" style={{ whiteSpace: "pre-wrap", overflowWrap: "anywhere" }}>
        {c.body}
      </p>
      {c.revisions.length ? (
        <details>
          <summary>{t("moderation.history", { n: c.revisions.length })}</summary>
          <ol className="utrecht-ordered-list">
            {c.revisions.map((r) => (
              <li
                key={r.replacedAt.toISOString()}
                className="utrecht-ordered-list__item"
                style={{ overflowWrap: "anywhere" }}
              >
                {t("moderation.replacedAt", { at: formatDateTime(r.replacedAt) })}: {r.body}
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {c.hiddenAt ? (
        <InlineActionForm
          action={unhideCommentAction}
          hidden={{ commentId: c.id }}
          submitLabel={t("moderation.unhide")}
          label={`${t("moderation.unhide")}: ${c.author}`}
        >
          <ReasonField id={`zichtbaar-${c.id}`} label={t("moderation.unhideReason")} />
        </InlineActionForm>
      ) : (
        <InlineActionForm
          action={hideCommentAction}
          hidden={{ commentId: c.id }}
          submitLabel={t("consultation.hide")}
          label={`${t("consultation.hide")}: ${c.author}`}
        >
          <ReasonField id={`verberg-${c.id}`} label={t("consultation.hideReason")} />
        </InlineActionForm>
      )}
    </li>
  );
}

/** Reported and hidden comments of all consultations in one list, to hide or show again with a reason. */
export default async function ModerationPage() {
  const actor = await requirePermission("/beheer/moderatie", "consultation.administer");
  const rows = await listModerationQueue(await getDb(), actor);
  const reported = rows.filter((r) => !r.hiddenAt);
  const hidden = rows.filter((r) => r.hiddenAt);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("moderation.title")}</h1>
      <p className="utrecht-paragraph">{t("moderation.intro")}</p>
      <section aria-labelledby="gemeld" className="inkoop-stack">
        <h2 id="gemeld" className="utrecht-heading-2">
          {t("moderation.reported", { n: reported.length })}
        </h2>
        {reported.length === 0 ? <p className="utrecht-paragraph">{t("moderation.noneReported")}</p> : null}
        <ul className="inkoop-stack" style={{ listStyle: "none", padding: 0 }}>
          {reported.map((c) => (
            <QueueItem key={c.id} c={c} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="verborgen" className="inkoop-stack">
        <h2 id="verborgen" className="utrecht-heading-2">
          {t("moderation.hidden", { n: hidden.length })}
        </h2>
        {hidden.length === 0 ? <p className="utrecht-paragraph">{t("moderation.noneHidden")}</p> : null}
        <ul className="inkoop-stack" style={{ listStyle: "none", padding: 0 }}>
          {hidden.map((c) => (
            <QueueItem key={c.id} c={c} />
          ))}
        </ul>
      </section>
    </div>
  );
}
