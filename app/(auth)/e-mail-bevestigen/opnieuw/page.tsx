import type { Metadata } from "next";
import { t } from "@/lib/i18n";
import { EmailForm } from "../../email-form";
import { resendVerificationMail } from "../../password-actions";
import { ClientTexts } from "@/components/ui/client-texts";
import { EMAIL_FORM_TEXTS } from "../../texts";

export const metadata: Metadata = { title: t("verification.resendTitle") };

export default function ResendVerificationPage() {
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("verification.resendTitle")}</h1>
      <p className="utrecht-paragraph">{t("verification.resendIntro")}</p>
      <ClientTexts keys={EMAIL_FORM_TEXTS}>
        <EmailForm action={resendVerificationMail} submitLabel={t("verification.resendSubmit")} />
      </ClientTexts>
    </div>
  );
}
