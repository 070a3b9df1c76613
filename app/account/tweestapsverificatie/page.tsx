import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { TotpEnrolment } from "@/components/auth/totp-enrolment";
import { requirePermission } from "@/lib/auth/guard";
import { qrSvg } from "@/lib/auth/qr";
import { pendingTotpSecret } from "@/lib/auth/second-factor";
import { totpUri } from "@/lib/auth/totp";
import { t } from "@/lib/i18n";
import { CodeActionForm } from "../code-action-form";
import { enrolOwnFactorAction } from "../security-actions";
import { ClientTexts } from "@/components/ui/client-texts";
import { CODE_ACTION_TEXTS } from "../texts";

export const metadata: Metadata = { title: t("secondFactor.enrolTitle") };

/** Enrolment from the account page, for everyone for whom the second factor is optional. */
export default async function EnrolFromAccountPage() {
  const actor = await requirePermission("/account/tweestapsverificatie", "account.view");
  const secret = await pendingTotpSecret(await getDb(), actor.id);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("secondFactor.enrolTitle")}</h1>
      {secret ? (
        <ClientTexts keys={CODE_ACTION_TEXTS}>
          <ol className="utrecht-ordered-list">
            <li className="utrecht-ordered-list__item">{t("secondFactor.enrolStep1")}</li>
            <li className="utrecht-ordered-list__item">{t("secondFactor.enrolStep2")}</li>
            <li className="utrecht-ordered-list__item">{t("secondFactor.enrolStep3")}</li>
          </ol>
          <TotpEnrolment
            qrSvg={qrSvg(totpUri(secret, actor.email))}
            secret={secret}
            qrAlt={t("secondFactor.qrAlt")}
            secretLabel={t("secondFactor.secretLabel")}
          />
          <CodeActionForm
            action={enrolOwnFactorAction}
            label={t("secondFactor.enrolTitle")}
            submitLabel={t("secondFactor.activate")}
            idPrefix="inschrijven"
          />
        </ClientTexts>
      ) : (
        <p className="utrecht-paragraph">{t("secondFactor.alreadyActive")}</p>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/account">
          {t("secondFactor.backToAccount")}
        </Link>
      </p>
    </div>
  );
}
