"use client";

import { t } from "@/lib/i18n";
import type { ReviewedFinding } from "@/lib/redaction/review";

type Props = {
  name: string;
  findings: ReviewedFinding[];
  readOnly: boolean;
  /** Redacts a suggestion, or removes the link whose address holds it. */
  onAccept: (finding: ReviewedFinding) => void;
  /** Keeps suggestions on purpose ("kind:text" keys). */
  onDismiss: (keys: string[]) => void;
};

/** The detector's suggestions with their status, each to redact or to keep, or all at once. */
export function FindingList({ name, findings, readOnly, onAccept, onDismiss }: Props) {
  const open = findings.filter((f) => f.status === "open");
  // Adding a mark never moves positions, so every open suggestion applies from this one reading.
  return (
    <section aria-labelledby={`${name}-suggesties`}>
      <h2 id={`${name}-suggesties`} className="utrecht-heading-2">
        {t("minutes.suggestions")}
      </h2>
      <p className="utrecht-paragraph">{t("minutes.suggestionsHint")}</p>
      <p className="utrecht-paragraph" role="status">
        {findings.length
          ? t("minutes.suggestionsCount", {
              open: open.length,
              redacted: findings.filter((f) => f.status === "redacted").length,
              dismissed: findings.filter((f) => f.status === "dismissed").length,
            })
          : t("minutes.noSuggestions")}
      </p>
      {open.length > 1 && !readOnly ? (
        <p className="inkoop-toolbar">
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => open.forEach(onAccept)}
          >
            {t("minutes.acceptAll")}
          </button>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => onDismiss(open.map((f) => f.key))}
          >
            {t("minutes.dismissAll")}
          </button>
        </p>
      ) : null}
      <ul className="inkoop-findings">
        {findings.map((f) => (
          <li key={`${f.start}-${f.kind}`}>
            <span className="inkoop-finding-text">{f.text}</span>
            <span>
              {t(`minutes.kind_${f.kind}`)} — {f.link ? `${t("minutes.inLinkAddress")} ` : ""}
              {f.explanation}
            </span>
            <strong>{t(`minutes.status_${f.status}`)}</strong>
            {f.status === "open" && !readOnly ? (
              <>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  aria-label={`${t(f.link ? "minutes.removeLink" : "minutes.accept")}: ${f.text}`}
                  onClick={() => onAccept(f)}
                >
                  {t(f.link ? "minutes.removeLink" : "minutes.accept")}
                </button>
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  aria-label={`${t("minutes.dismiss")}: ${f.text}`}
                  onClick={() => onDismiss([f.key])}
                >
                  {t("minutes.dismiss")}
                </button>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
