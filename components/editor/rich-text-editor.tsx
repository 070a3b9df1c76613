"use client";

import { EditorContent, useEditor, useEditorState, type JSONContent } from "@tiptap/react";
import { useEffect, useState } from "react";
import { t } from "@/lib/i18n";
import { richTextExtensions } from "@/lib/rich-text/extensions";
import type { RichTextDoc } from "@/lib/rich-text/schema";

type Props = {
  /** Name of the hidden field that carries the document as JSON. */
  name: string;
  label: string;
  initial: RichTextDoc | null;
  /** Key for the browser-side draft, so text survives an expired session or a closed tab. */
  draftKey: string;
  /** Changes when the server confirms a save; the stored draft is then discarded. */
  savedAt?: string | null;
};

const EMPTY: RichTextDoc = { type: "doc", content: [{ type: "paragraph" }] };

export function RichTextEditor({ name, label, initial, draftKey, savedAt }: Props) {
  // Controlled, so that React's reset of the form after an action cannot revert it to the initial text.
  const [json, setJson] = useState(() => JSON.stringify(initial ?? EMPTY));
  const [restored, setRestored] = useState(false);
  const [lastSavedAt, setLastSavedAt] = useState(savedAt);
  const editor = useEditor({
    extensions: richTextExtensions,
    content: initial ?? EMPTY,
    immediatelyRender: false,
    editorProps: { attributes: { "aria-labelledby": `${name}-label`, role: "textbox", "aria-multiline": "true" } },
    onUpdate: ({ editor: e }) => {
      const current = JSON.stringify(e.getJSON());
      setJson(current);
      window.localStorage.setItem(draftKey, current);
    },
    // Once the editor exists in the browser, a draft that was never saved (closed tab, expired session) comes back.
    onCreate: ({ editor: e }) => {
      const draft = window.localStorage.getItem(draftKey);
      if (draft && draft !== JSON.stringify(e.getJSON())) {
        try {
          e.commands.setContent(JSON.parse(draft) as JSONContent);
          setRestored(true);
        } catch {
          window.localStorage.removeItem(draftKey);
        }
      }
      setJson(JSON.stringify(e.getJSON()));
    },
  });

  // A save the server confirmed replaces the restored draft: the notice goes, and so does the stored copy.
  if (savedAt !== lastSavedAt) {
    setLastSavedAt(savedAt);
    if (savedAt) setRestored(false);
  }
  useEffect(() => {
    if (savedAt) window.localStorage.removeItem(draftKey);
  }, [savedAt, draftKey]);

  return (
    <div className="utrecht-form-field">
      <p className="utrecht-form-label" id={`${name}-label`}>
        {label}
      </p>
      {restored ? (
        <div className="utrecht-alert utrecht-alert--info" role="status">
          <p className="utrecht-paragraph">{t("notes.draftRestored")}</p>
        </div>
      ) : null}
      {editor ? <Toolbar editor={editor} /> : null}
      <div className="inkoop-editor" data-testid={`editor-${name}`}>
        <EditorContent editor={editor} />
      </div>
      <input type="hidden" name={name} value={json} readOnly />
    </div>
  );
}

export function Toolbar({ editor }: { editor: NonNullable<ReturnType<typeof useEditor>> }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e?.isActive("bold") ?? false,
      italic: e?.isActive("italic") ?? false,
      heading: e?.isActive("heading", { level: 2 }) ?? false,
      bulletList: e?.isActive("bulletList") ?? false,
      orderedList: e?.isActive("orderedList") ?? false,
    }),
  });
  const buttons = [
    { key: "bold", label: t("notes.bold"), run: () => editor.chain().focus().toggleBold().run() },
    { key: "italic", label: t("notes.italic"), run: () => editor.chain().focus().toggleItalic().run() },
    { key: "heading", label: t("notes.heading"), run: () => editor.chain().focus().toggleHeading({ level: 2 }).run() },
    { key: "bulletList", label: t("notes.bulletList"), run: () => editor.chain().focus().toggleBulletList().run() },
    { key: "orderedList", label: t("notes.orderedList"), run: () => editor.chain().focus().toggleOrderedList().run() },
  ] as const;
  return (
    <div className="inkoop-toolbar" role="toolbar" aria-label={t("notes.toolbar")}>
      {buttons.map((b) => (
        <button
          key={b.key}
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          aria-pressed={active?.[b.key] ?? false}
          onClick={b.run}
        >
          {b.label}
        </button>
      ))}
    </div>
  );
}
