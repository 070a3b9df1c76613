import { InlineActionForm } from "@/components/ui/inline-action-form";
import type { FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

type Props = {
  trajectoryId: string;
  following: boolean;
  action: (s: FormState, f: FormData) => Promise<FormState>;
};

/** Follow or stop following a public trajectory. */
export function FollowBox({ trajectoryId, following, action }: Props) {
  return (
    <div className="inkoop-card inkoop-stack" data-testid="follow-box">
      <p className="utrecht-paragraph">{t(following ? "follow.following" : "follow.notFollowing")}</p>
      <InlineActionForm
        action={action}
        hidden={{ trajectoryId, follow: following ? "0" : "1" }}
        submitLabel={t(following ? "follow.unfollow" : "follow.follow")}
        label={t(following ? "follow.unfollow" : "follow.follow")}
        variant={following ? "secondary" : "primary"}
      />
    </div>
  );
}
