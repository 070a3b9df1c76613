"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useMemo, useState } from "react";
import { Toolbar } from "@/components/editor/rich-text-editor";
import type { DetectOptions } from "@/lib/redaction/finding";
import { reviewFindings, type ReviewedFinding } from "@/lib/redaction/review";
import { minutesExtensions } from "@/lib/rich-text/extensions";
import type { RichTextDoc } from "@/lib/rich-text/schema";
import { FindingList } from "./finding-list";
import { LinkList } from "./link-list";
import { RedactionToolbar } from "./redaction-toolbar";

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
  const { readOnly } = props;
  const [dismissed, setDismissed] = useState<string[]>(props.dismissed);
  const { editor, json } = useDraftEditor(props);
  const doc = useMemo(() => JSON.parse(json) as RichTextDoc, [json]);
  const findings = useMemo(() => reviewFindings(doc, props.options, dismissed), [doc, props.options, dismissed]);

  const removeLink = (from: number, to: number) =>
    editor?.chain().setTextSelection({ from, to }).extendMarkRange("link").unsetLink().run();
  // A finding in a link's address is dealt with by removing the link: its text stays.
  const accept = (f: ReviewedFinding) => {
    if (f.link) removeLink(f.link.from, f.link.to);
    else if (f.from !== null && f.to !== null)
      editor
        ?.chain()
        .setTextSelection({ from: f.from, to: f.to })
        .setMark("redaction", { ground: f.suggestedGround, reason: null })
        .run();
  };
  const dismiss = (keys: string[]) => setDismissed((current) => [...new Set([...current, ...keys])]);

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
            <RedactionToolbar editor={editor} name={props.name} />
          </>
        ) : null}
        <div className="inkoop-editor" data-testid={props.testId}>
          <EditorContent editor={editor} />
        </div>
      </div>
      <LinkList doc={doc} readOnly={readOnly} onRemove={removeLink} />
      <FindingList name={props.name} findings={findings} readOnly={readOnly} onAccept={accept} onDismiss={dismiss} />
    </>
  );
}

/** The tiptap editor, with the working text kept in the browser until the server confirmed a save. */
function useDraftEditor(props: Props) {
  const { draftKey, readOnly } = props;
  const [json, setJson] = useState(() => JSON.stringify(props.initial ?? EMPTY));
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
  return { editor, json };
}
