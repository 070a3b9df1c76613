import type { CommentRow } from "@/lib/consultation/reads";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import type { FormState } from "@/lib/http/form-state";
import { innerHtml } from "@/lib/html/markup";
import { t } from "@/lib/i18n";
import { CommentEditForm } from "./comment-edit-form";
import { CommentForm } from "./comment-form";
import { commentText, threadMarkup } from "./comment-text";

type Action = (s: FormState, f: FormData) => Promise<FormState>;
type Props = {
  consultationId: string;
  comments: CommentRow[];
  canComment: boolean;
  canModerate: boolean;
  signedIn: boolean;
  /** The comments the visitor may still edit (their own, while open, not hidden). */
  editable?: readonly string[];
  actions: { post: Action; flag: Action; hide: Action; edit?: Action };
};

/** The discussion of a consultation, one level of replies. Hidden text is never rendered for anyone but officers. */
export function Discussion({
  consultationId,
  comments,
  canComment,
  canModerate,
  signedIn,
  editable = [],
  actions,
}: Props) {
  const topLevel = comments.filter((c) => !c.parentId);
  const replies = (id: string) => comments.filter((c) => c.parentId === id);
  const edit = actions.edit;
  const mayEdit = (c: CommentRow) => !!edit && editable.includes(c.id);
  const mayFlag = (c: CommentRow) => signedIn && !c.hiddenAt;
  const mayHide = (c: CommentRow) => canModerate && !c.hiddenAt;
  const hasForms = (c: CommentRow) => mayEdit(c) || mayFlag(c) || mayHide(c);
  const renderComment = (c: CommentRow) => (
    <article id={`reactie-${c.id}`} className="inkoop-card inkoop-stack" data-testid="comment">
      <div className="inkoop-stack" dangerouslySetInnerHTML={innerHtml(commentText(c, canModerate))} />
      {edit && mayEdit(c) ? <CommentEditForm commentId={c.id} body={c.body} action={edit} /> : null}
      {mayFlag(c) ? (
        <InlineActionForm
          action={actions.flag}
          hidden={{ commentId: c.id }}
          submitLabel={t("consultation.flag")}
          label={`${t("consultation.flag")}: ${c.author}`}
        />
      ) : null}
      {mayHide(c) ? (
        <InlineActionForm
          action={actions.hide}
          hidden={{ commentId: c.id }}
          submitLabel={t("consultation.hide")}
          label={`${t("consultation.hide")}: ${c.author}`}
        >
          <label className="utrecht-form-label" htmlFor={`verberg-${c.id}`}>
            {t("consultation.hideReason")}
          </label>
          <input
            id={`verberg-${c.id}`}
            name="reason"
            className="utrecht-textbox utrecht-textbox--html-input"
            maxLength={500}
          />{" "}
        </InlineActionForm>
      ) : null}
    </article>
  );
  const renderThread = (c: CommentRow) => {
    const answers = replies(c.id);
    const replyForm = canComment && !c.hiddenAt;
    // A visitor who may do nothing here (signed out, most of all) gets the thread as one piece of markup.
    if (!replyForm && !hasForms(c) && !answers.some(hasForms))
      return <li key={c.id} dangerouslySetInnerHTML={innerHtml(threadMarkup(c, answers, canModerate))} />;
    return (
      <li key={c.id}>
        {renderComment(c)}
        <ul className="inkoop-stack inkoop-comments__replies">
          {answers.map((r) => (
            <li key={r.id}>{renderComment(r)}</li>
          ))}
        </ul>
        {replyForm ? (
          <details>
            <summary>{t("consultation.reply")}</summary>
            <CommentForm
              consultationId={consultationId}
              parentId={c.id}
              label={t("consultation.replyLabel", { name: c.author })}
              submitLabel={t("consultation.reply")}
              action={actions.post}
            />
          </details>
        ) : null}
      </li>
    );
  };
  return (
    <section aria-labelledby="gesprek" className="inkoop-stack">
      <h2 id="gesprek" className="utrecht-heading-2">
        {t("consultation.discussionTitle")}
      </h2>
      {topLevel.length === 0 ? <p className="utrecht-paragraph">{t("consultation.discussionNone")}</p> : null}
      <ul className="inkoop-stack inkoop-comments">{topLevel.map(renderThread)}</ul>
      {canComment ? (
        <CommentForm
          consultationId={consultationId}
          label={t("consultation.commentLabel")}
          submitLabel={t("consultation.post")}
          action={actions.post}
        />
      ) : null}
    </section>
  );
}
