import type { Metadata } from "next";
import Link from "next/link";
import { t } from "@/lib/i18n";
import { ResetPasswordForm } from "./reset-form";
import { ClientTexts } from "@/components/ui/client-texts";
import { RESET_FORM_TEXTS } from "../texts";

export const metadata: Metadata = { title: t("passwordReset.title") };

type Props = { searchParams: Promise<{ token?: string }> };

/** The token is checked when the form is sent, so an expired link still shows why it failed. */
export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("passwordReset.title")}</h1>
      <p className="utrecht-paragraph">{t("passwordReset.intro")}</p>
      <ClientTexts keys={RESET_FORM_TEXTS}>
        <ResetPasswordForm token={(token ?? "").slice(0, 200)} />
      </ClientTexts>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/wachtwoord-vergeten">
          {t("passwordReset.newLink")}
        </Link>
      </p>
    </div>
  );
}
