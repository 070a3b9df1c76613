import type { CommentRow } from "@/lib/consultation/reads";
import { html } from "@/lib/html/markup";
import { formatDateTime, t } from "@/lib/i18n";

/**
 * Who wrote a comment when, and what it says, as one piece of escaped markup (see lib/html/markup.ts): a page of
 * the discussion holds twenty comments and their replies, and every element of each would otherwise cost a
 * server components render, its payload and its HTML on each request. Hidden text is written for moderators only.
 */
export function commentText(c: CommentRow, canModerate: boolean) {
  const edited = c.editedAt ? ` · ${t("moderation.edited", { at: formatDateTime(c.editedAt) })}` : "";
  const flags = canModerate && c.flags > 0 ? ` · ${t("consultation.flags", { n: c.flags })}` : "";
  const notice = c.hiddenAt ? t("consultation.hiddenNotice", { reason: c.hiddenReason ?? "" }) : null;
  const showsText = !c.hiddenAt || canModerate;
  return html`<p class="utrecht-paragraph inkoop-muted">
      <strong>${c.author}</strong> · ${formatDateTime(c.createdAt)}${edited}${flags}
    </p>
    ${notice !== null && html`<p class="utrecht-paragraph"><em>${notice}</em></p>`}
    ${showsText && html`<p class="utrecht-paragraph" style="white-space: pre-wrap">${c.body}</p>`}`;
}
