"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useActionState, useEffect, useMemo, useState } from "react";
import { Toolbar } from "@/components/editor/rich-text-editor";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import { REDACTION_GROUNDS, groundMessageKey, type RedactionGround } from "@/lib/redaction/grounds";
import { reviewFindings, type ReviewedFinding } from "@/lib/redaction/review";
import { minutesExtensions } from "@/lib/rich-text/extensions";
import type { RichTextDoc } from "@/lib/rich-text/schema";

type Props = {
  meetingId: string;
  revision: number;
  initial: RichTextDoc | null;
  dismissed: string[];
  publicFigures: string[];
  confidentialTerms: string[];
  /** Names the detector must not suggest, and provider names that make figures sensitive. */
  participants: string[];
  providerNames: string[];
  /** The trajectory's published figures, the municipality's mail domains and officials (never suggested). */
  municipal?: { publicFigures: string[]; municipalDomains: string[]; officials: string[] };
  readOnly: boolean;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
};

const EMPTY: RichTextDoc = { type: "doc", content: [{ type: "paragraph" }] };
const lines = (value: string) =>
  value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

export function MinutesEditor(props: Props) {
  const [state, formAction] = useActionState(props.action, IDLE);
  const draftKey = `verslag:${props.meetingId}:${props.revision}`;
  const [json, setJson] = useState(() => JSON.stringify(props.initial ?? EMPTY));
  const [dismissed, setDismissed] = useState<string[]>(props.dismissed);
  const [figures, setFigures] = useState(props.publicFigures.join("\n"));
  const [terms, setTerms] = useState(props.confidentialTerms.join("\n"));
  const [ground, setGround] = useState<RedactionGround>("5.1.2f");
  const [reason, setReason] = useState("");
  const [hint, setHint] = useState<string | null>(null);
  const editor = useEditor({
    extensions: minutesExtensions,
    content: props.initial ?? EMPTY,
    editable: !props.readOnly,
    immediatelyRender: false,
    editorProps: { attributes: { "aria-labelledby": "verslag-label", role: "textbox", "aria-multiline": "true" } },
    onUpdate: ({ editor: e }) => {
      const current = JSON.stringify(e.getJSON());
      setJson(current);
      window.localStorage.setItem(draftKey, current);
    },
  });

  // A draft of this revision that was never saved (closed tab, expired session) comes back.
  useEffect(() => {
    if (!editor || props.readOnly) return;
    const draft = window.localStorage.getItem(draftKey);
    if (draft && draft !== JSON.stringify(editor.getJSON())) {
      try {
        editor.commands.setContent(JSON.parse(draft));
        setJson(JSON.stringify(editor.getJSON()));
      } catch {
        window.localStorage.removeItem(draftKey);
      }
    }
  }, [editor, draftKey, props.readOnly]);
  useEffect(() => {
    if (state.status === "success") window.localStorage.removeItem(draftKey);
  }, [state, draftKey]);

  const doc = useMemo(() => JSON.parse(json) as RichTextDoc, [json]);
  const findings = useMemo(
    () =>
      reviewFindings(
        doc,
        {
          participants: props.participants,
          providerNames: props.providerNames,
          officials: props.municipal?.officials,
          municipalDomains: props.municipal?.municipalDomains,
          publicFigures: [...(props.municipal?.publicFigures ?? []), ...lines(figures)],
          confidentialTerms: lines(terms),
        },
        dismissed,
      ),
    [doc, props.participants, props.providerNames, props.municipal, figures, terms, dismissed],
  );
  const open = findings.filter((f) => f.status === "open");

  const redactRange = (from: number, to: number, g: RedactionGround, why: string | null) =>
    editor?.chain().setTextSelection({ from, to }).setMark("redaction", { ground: g, reason: why }).run();
  const redactSelection = () => {
    if (!editor) return;
    if (editor.state.selection.empty) return setHint(t("minutes.selectFirst"));
    if (ground === "other" && reason.trim().length < 3) return setHint(t("minutes.reasonNeeded"));
    setHint(null);
    editor
      .chain()
      .focus()
      .setMark("redaction", { ground, reason: ground === "other" ? reason.trim() : null })
      .run();
  };
  const accept = (f: ReviewedFinding) => {
    if (f.from !== null && f.to !== null) redactRange(f.from, f.to, f.suggestedGround, null);
  };
  const dismiss = (keys: string[]) => setDismissed((current) => [...new Set([...current, ...keys])]);
  // Adding a mark never moves positions, so every open suggestion applies from this one reading.
  const acceptAll = () => open.forEach(accept);

  return (
    <form action={formAction} className="utrecht-form inkoop-stack" noValidate>
      <FormMessage state={state} />
      {(state.fieldErrors?.document ?? []).map((e) => (
        <p key={e} className="utrecht-form-field-error-message">
          {e}
        </p>
      ))}
      <input type="hidden" name="meetingId" value={props.meetingId} />
      <input type="hidden" name="revision" value={props.revision} />
      <input type="hidden" name="document" value={json} readOnly />
      <input type="hidden" name="dismissedFindings" value={JSON.stringify(dismissed)} readOnly />
      <div className="utrecht-form-field">
        <p className="utrecht-form-label" id="verslag-label">
          {t("minutes.editor")}
        </p>
        {editor && !props.readOnly ? (
          <>
            <Toolbar editor={editor} />
            <div className="inkoop-toolbar" role="group" aria-label={t("minutes.redact")}>
              <label className="utrecht-form-label" htmlFor="redaction-ground">
                {t("minutes.ground")}
              </label>
              <select
                id="redaction-ground"
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
                  <label className="utrecht-form-label" htmlFor="redaction-reason">
                    {t("minutes.groundOtherReason")}
                  </label>
                  <input
                    id="redaction-reason"
                    className="utrecht-textbox utrecht-textbox--html-input"
                    value={reason}
                    maxLength={200}
                    onChange={(e) => setReason(e.target.value)}
                  />
                </>
              ) : null}
              <button
                type="button"
                className="utrecht-button utrecht-button--secondary-action"
                onClick={redactSelection}
              >
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
        ) : null}
        <div className="inkoop-editor" data-testid="editor-minutes">
          <EditorContent editor={editor} />
        </div>
      </div>
      <section aria-labelledby="suggesties">
        <h2 id="suggesties" className="utrecht-heading-2">
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
        {open.length > 1 && !props.readOnly ? (
          <p className="inkoop-toolbar">
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={acceptAll}>
              {t("minutes.acceptAll")}
            </button>
            <button
              type="button"
              className="utrecht-button utrecht-button--secondary-action"
              onClick={() => dismiss(open.map((f) => f.key))}
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
                {t(`minutes.kind_${f.kind}`)} — {f.explanation}
              </span>
              <strong>{t(`minutes.status_${f.status}`)}</strong>
              {f.status === "open" && !props.readOnly ? (
                <>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    aria-label={`${t("minutes.accept")}: ${f.text}`}
                    onClick={() => accept(f)}
                  >
                    {t("minutes.accept")}
                  </button>
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--secondary-action"
                    aria-label={`${t("minutes.dismiss")}: ${f.text}`}
                    onClick={() => dismiss([f.key])}
                  >
                    {t("minutes.dismiss")}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      {!props.readOnly ? (
        <>
          <TextAreaField
            name="publicFigures"
            label={t("minutes.publicFigures")}
            description={t("minutes.publicFiguresHint")}
            state={state}
            rows={3}
            defaultValue={figures}
            onChange={setFigures}
          />
          <TextAreaField
            name="confidentialTerms"
            label={t("minutes.confidentialTerms")}
            description={t("minutes.confidentialTermsHint")}
            state={state}
            rows={3}
            defaultValue={terms}
            onChange={setTerms}
          />
          <SubmitButton>{t("minutes.save")}</SubmitButton>
        </>
      ) : null}
    </form>
  );
}
