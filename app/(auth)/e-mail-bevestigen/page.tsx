import type { Metadata } from "next";
import Link from "next/link";
import { t } from "@/lib/i18n";
import { ConfirmEmailForm } from "./confirm-form";
import { ClientTexts } from "@/components/ui/client-texts";
import { CONFIRM_FORM_TEXTS } from "../texts";

export const metadata: Metadata = { title: t("verification.title") };

type Props = { searchParams: Promise<{ token?: string }> };

export default async function ConfirmEmailPage({ searchParams }: Props) {
  const { token } = await searchParams;
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("verification.title")}</h1>
      {token ? (
        <>
          <p className="utrecht-paragraph">{t("verification.intro")}</p>
          <ClientTexts keys={CONFIRM_FORM_TEXTS}>
            <ConfirmEmailForm token={token.slice(0, 200)} />
          </ClientTexts>
        </>
      ) : (
        <p className="utrecht-paragraph">{t("errors.tokenUnknown")}</p>
      )}
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/e-mail-bevestigen/opnieuw">
          {t("verification.resendLink")}
        </Link>
      </p>
    </div>
  );
}
