import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { TotpEnrolment } from "@/components/auth/totp-enrolment";
import { accountEmail } from "@/lib/auth/account-reads";
import { qrSvg } from "@/lib/auth/qr";
import { pendingTotpSecret } from "@/lib/auth/second-factor";
import { readChallenge } from "@/lib/auth/sign-in-challenge";
import { totpUri } from "@/lib/auth/totp";
import { safeReturnPath } from "@/lib/auth/validation";
import { t } from "@/lib/i18n";
import { challengeFromCookie } from "../../sign-in-flow";
import { EnrolAtSignInForm } from "./enrol-form";
import { ClientTexts } from "@/components/ui/client-texts";
import { ENROL_FORM_TEXTS } from "../../texts";

export const metadata: Metadata = { title: t("secondFactor.enrolTitle") };

type Props = { searchParams: Promise<{ terug?: string }> };

/** Officers and administrators without a second factor land here after their password; there is no way past it. */
export default async function EnrolAtSignInPage({ searchParams }: Props) {
  const next = safeReturnPath((await searchParams).terug);
  const token = await challengeFromCookie();
  const db = await getDb();
  const challenge = token ? await readChallenge(db, token) : null;
  if (!challenge || (challenge.step !== "enrol" && challenge.step !== "done"))
    redirect(`/inloggen?terug=${encodeURIComponent(next)}`);
  const secret = challenge.step === "enrol" ? await pendingTotpSecret(db, challenge.userId) : null;
  const email = await accountEmail(db, challenge.userId);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("secondFactor.enrolTitle")}</h1>
      <p className="utrecht-paragraph">{t("secondFactor.enrolMandatory")}</p>
      <ol className="utrecht-ordered-list">
        <li className="utrecht-ordered-list__item">{t("secondFactor.enrolStep1")}</li>
        <li className="utrecht-ordered-list__item">{t("secondFactor.enrolStep2")}</li>
        <li className="utrecht-ordered-list__item">{t("secondFactor.enrolStep3")}</li>
      </ol>
      {secret ? (
        <TotpEnrolment
          qrSvg={qrSvg(totpUri(secret, email ?? ""))}
          secret={secret}
          qrAlt={t("secondFactor.qrAlt")}
          secretLabel={t("secondFactor.secretLabel")}
        />
      ) : null}
      <ClientTexts keys={ENROL_FORM_TEXTS}>
        <EnrolAtSignInForm next={next} done={challenge.step === "done"} />
      </ClientTexts>
    </div>
  );
}
