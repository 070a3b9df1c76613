import { InlineActionForm } from "@/components/ui/inline-action-form";
import type { FormState } from "@/lib/http/form-state";
import { formatDateTime, t } from "@/lib/i18n";

type Props = {
  meetingId: string;
  current: { reply: "accepted" | "declined"; repliedAt: Date; by: string } | null;
  mayReply: boolean;
  action: (s: FormState, f: FormData) => Promise<FormState>;
};

/** The invitee's answer to the invitation: what was answered, and the two buttons while the meeting has not ended. */
export function InvitationReply({ meetingId, current, mayReply, action }: Props) {
  return (
    <section aria-labelledby="uitnodiging" className="inkoop-stack">
      <h2 id="uitnodiging" className="utrecht-heading-2">
        {t("meetingReply.title")}
      </h2>
      <p className="utrecht-paragraph" data-testid="meeting-reply">
        {current
          ? t(`meetingReply.current_${current.reply}`, { by: current.by, at: formatDateTime(current.repliedAt) })
          : t("meetingReply.none")}
      </p>
      {mayReply ? (
        <div className="inkoop-field-row">
          <InlineActionForm
            action={action}
            hidden={{ meetingId, reply: "accepted" }}
            submitLabel={t("meetingReply.accept")}
            label={t("meetingReply.accept")}
            variant={current?.reply === "accepted" ? "secondary" : "primary"}
          />
          <InlineActionForm
            action={action}
            hidden={{ meetingId, reply: "declined" }}
            submitLabel={t("meetingReply.decline")}
            label={t("meetingReply.decline")}
          />
        </div>
      ) : null}
    </section>
  );
}
