"use client";

import { useActionState } from "react";
import { FormMessage, TextAreaField } from "@/components/ui/fields";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import type { CommentEditKey } from "./texts";

type Props = { commentId: string; body: string; action: (s: FormState, f: FormData) => Promise<FormState> };

/** The author's own comment, to change while the discussion is open; the earlier text is kept. */
export function CommentEditForm({ commentId, body, action }: Props) {
  const t = useT<CommentEditKey>();
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <details>
      <summary>{t("moderation.edit")}</summary>
      <form action={formAction} className="utrecht-form" noValidate aria-label={t("moderation.edit")}>
        <FormMessage state={state} />
        <input type="hidden" name="commentId" value={commentId} />
        <TextAreaField
          idPrefix={`bewerk-${commentId}`}
          name="body"
          label={t("moderation.editLabel")}
          description={t("moderation.editHint")}
          state={state}
          defaultValue={body}
          rows={3}
          maxLength={4000}
          required
        />
        <SubmitButton variant="secondary">{t("moderation.saveEdit")}</SubmitButton>
      </form>
    </details>
  );
}
