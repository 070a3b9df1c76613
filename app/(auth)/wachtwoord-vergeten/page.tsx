import type { Metadata } from "next";
import { t } from "@/lib/i18n";
import { EmailForm } from "../email-form";
import { forgotPassword } from "../password-actions";
import { ClientTexts } from "@/components/ui/client-texts";
import { EMAIL_FORM_TEXTS } from "../texts";

export const metadata: Metadata = { title: t("passwordReset.forgotTitle") };

export default function ForgotPasswordPage() {
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("passwordReset.forgotTitle")}</h1>
      <p className="utrecht-paragraph">{t("passwordReset.forgotIntro")}</p>
      <ClientTexts keys={EMAIL_FORM_TEXTS}>
        <EmailForm action={forgotPassword} submitLabel={t("passwordReset.forgotSubmit")} />
      </ClientTexts>
    </div>
  );
}
