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

/**
 * A comment and its replies as one piece of markup, for a thread in which this visitor has nothing to do
 * (no form on any of its comments): the thread is then one element for React instead of four per comment.
 * The structure is the one the discussion writes with forms: an article per comment, replies in a list below.
 */
export function threadMarkup(comment: CommentRow, replies: readonly CommentRow[], canModerate: boolean) {
  const article = (c: CommentRow) =>
    html`<article id="reactie-${c.id}" class="inkoop-card inkoop-stack" data-testid="comment">
      <div class="inkoop-stack">${commentText(c, canModerate)}</div>
    </article>`;
  return html`${article(comment)}
    <ul class="inkoop-stack inkoop-comments__replies">
      ${replies.map((r) => html`<li>${article(r)}</li>`)}
    </ul>`;
}
