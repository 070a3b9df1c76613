"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo, useState } from "react";
import { Toolbar } from "@/components/editor/rich-text-editor";
import { t } from "@/lib/i18n";
import type { DetectOptions } from "@/lib/redaction/finding";
import { REDACTION_GROUNDS, groundMessageKey, type RedactionGround } from "@/lib/redaction/grounds";
import { reviewFindings, type ReviewedFinding } from "@/lib/redaction/review";
import { minutesExtensions } from "@/lib/rich-text/extensions";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { LinkList } from "./link-list";

type Props = {
  /** Field names of the document and of the dismissed suggestions in the surrounding form. */
  name: string;
  dismissedName: string;
  label: string;
  testId: string;
  initial: RichTextDoc | null;
  dismissed: string[];
  options: DetectOptions;
  readOnly: boolean;
  /** Browser-side draft, so text survives an expired session or a closed tab. */
  draftKey: string;
  /** Set when the server confirmed a save: the stored draft is discarded. */
  saved: boolean;
};

const EMPTY: RichTextDoc = { type: "doc", content: [{ type: "paragraph" }] };

/**
 * The editor for every text that passes the publication gate: the officer redacts passages with a
 * Woo ground, decides on each suggestion of the detector (which also reads link addresses), and
 * sees every link's address.
 */
export function RedactingEditor(props: Props) {
  const { draftKey, readOnly } = props;
  const [json, setJson] = useState(() => JSON.stringify(props.initial ?? EMPTY));
  const [dismissed, setDismissed] = useState<string[]>(props.dismissed);
  const [ground, setGround] = useState<RedactionGround>("5.1.2f");
  const [reason, setReason] = useState("");
  const [hint, setHint] = useState<string | null>(null);
  const editor = useEditor({
    extensions: minutesExtensions,
    content: props.initial ?? EMPTY,
    editable: !readOnly,
    immediatelyRender: false,
    editorProps: {
      attributes: { "aria-labelledby": `${props.name}-label`, role: "textbox", "aria-multiline": "true" },
    },
    onUpdate: ({ editor: e }) => {
      const current = JSON.stringify(e.getJSON());
      setJson(current);
      window.localStorage.setItem(draftKey, current);
    },
  });

  // A draft that was never saved (closed tab, expired session) comes back.
  useEffect(() => {
    if (!editor || readOnly) return;
    const draft = window.localStorage.getItem(draftKey);
    if (draft && draft !== JSON.stringify(editor.getJSON())) {
      try {
        // Emitting the update stores the restored text in the form field through onUpdate.
        editor.commands.setContent(JSON.parse(draft) as RichTextDoc, { emitUpdate: true });
      } catch {
        window.localStorage.removeItem(draftKey);
      }
    }
  }, [editor, draftKey, readOnly]);
  useEffect(() => {
    if (props.saved) window.localStorage.removeItem(draftKey);
  }, [props.saved, draftKey]);

  const doc = useMemo(() => JSON.parse(json) as RichTextDoc, [json]);
  const findings = useMemo(() => reviewFindings(doc, props.options, dismissed), [doc, props.options, dismissed]);
  const open = findings.filter((f) => f.status === "open");

  const redactRange = (from: number, to: number, g: RedactionGround) =>
    editor?.chain().setTextSelection({ from, to }).setMark("redaction", { ground: g, reason: null }).run();
  const removeLink = (from: number, to: number) =>
    editor?.chain().setTextSelection({ from, to }).extendMarkRange("link").unsetLink().run();
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
  // A finding in a link's address is dealt with by removing the link: its text stays.
  const accept = (f: ReviewedFinding) => {
    if (f.link) removeLink(f.link.from, f.link.to);
    else if (f.from !== null && f.to !== null) redactRange(f.from, f.to, f.suggestedGround);
  };
  const dismiss = (keys: string[]) => setDismissed((current) => [...new Set([...current, ...keys])]);
  // Adding a mark never moves positions, so every open suggestion applies from this one reading.
  const acceptAll = () => open.forEach(accept);

  return (
    <>
      <input type="hidden" name={props.name} value={json} readOnly />
      <input type="hidden" name={props.dismissedName} value={JSON.stringify(dismissed)} readOnly />
      <div className="utrecht-form-field">
        <p className="utrecht-form-label" id={`${props.name}-label`}>
          {props.label}
        </p>
        {editor && !readOnly ? (
          <>
            <Toolbar editor={editor} />
            <div className="inkoop-toolbar" role="group" aria-label={t("minutes.redact")}>
              <label className="utrecht-form-label" htmlFor={`${props.name}-ground`}>
                {t("minutes.ground")}
              </label>
              <select
                id={`${props.name}-ground`}
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
                  <label className="utrecht-form-label" htmlFor={`${props.name}-reason`}>
                    {t("minutes.groundOtherReason")}
                  </label>
                  <input
                    id={`${props.name}-reason`}
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
        <div className="inkoop-editor" data-testid={props.testId}>
          <EditorContent editor={editor} />
        </div>
      </div>
      <LinkList doc={doc} readOnly={readOnly} onRemove={removeLink} />
      <section aria-labelledby={`${props.name}-suggesties`}>
        <h2 id={`${props.name}-suggesties`} className="utrecht-heading-2">
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
                    onClick={() => accept(f)}
                  >
                    {t(f.link ? "minutes.removeLink" : "minutes.accept")}
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
    </>
  );
}
