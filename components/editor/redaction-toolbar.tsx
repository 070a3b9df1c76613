"use client";

import type { Editor } from "@tiptap/react";
import { useState } from "react";
import { t } from "@/lib/i18n";
import { REDACTION_GROUNDS, groundMessageKey, type RedactionGround } from "@/lib/redaction/grounds";

/** Redacting the selected text with a Woo ground (and a reason for "other"), or lifting a redaction. */
export function RedactionToolbar({ editor, name }: { editor: Editor; name: string }) {
  const [ground, setGround] = useState<RedactionGround>("5.1.2f");
  const [reason, setReason] = useState("");
  const [hint, setHint] = useState<string | null>(null);
  const redactSelection = () => {
    if (editor.state.selection.empty) return setHint(t("minutes.selectFirst"));
    if (ground === "other" && reason.trim().length < 3) return setHint(t("minutes.reasonNeeded"));
    setHint(null);
    editor
      .chain()
      .focus()
      .setMark("redaction", { ground, reason: ground === "other" ? reason.trim() : null })
      .run();
  };
  return (
    <>
      <div className="inkoop-toolbar" role="group" aria-label={t("minutes.redact")}>
        <label className="utrecht-form-label" htmlFor={`${name}-ground`}>
          {t("minutes.ground")}
        </label>
        <select
          id={`${name}-ground`}
          className="utrecht-select utrecht-select--html-select"
          value={ground}
          onChange={(e) => setGround(e.target.value as RedactionGround)}
        >
          {REDACTION_GROUNDS.map((g) => (
            <option key={g} value={g}>
              {t(groundMessageKey(g))}
            </option>
          ))}
        </select>
        {ground === "other" ? (
          <>
            <label className="utrecht-form-label" htmlFor={`${name}-reason`}>
              {t("minutes.groundOtherReason")}
            </label>
            <input
              id={`${name}-reason`}
              className="utrecht-textbox utrecht-textbox--html-input"
              value={reason}
              maxLength={200}
              onChange={(e) => setReason(e.target.value)}
            />
          </>
        ) : null}
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={redactSelection}>
          {t("minutes.redact")}
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() => editor.chain().focus().unsetMark("redaction").run()}
        >
          {t("minutes.unredact")}
        </button>
      </div>
      {hint ? (
        <p className="utrecht-form-field-error-message" role="status">
          {hint}
        </p>
      ) : null}
    </>
  );
}
