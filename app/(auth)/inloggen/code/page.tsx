import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { readChallenge } from "@/lib/auth/sign-in-challenge";
import { safeReturnPath } from "@/lib/auth/validation";
import { t } from "@/lib/i18n";
import { challengeFromCookie } from "../../sign-in-flow";
import { CodeForm } from "./code-form";
import { ClientTexts } from "@/components/ui/client-texts";
import { CODE_FORM_TEXTS } from "../../texts";

export const metadata: Metadata = { title: t("secondFactor.verifyTitle") };

type Props = { searchParams: Promise<{ terug?: string }> };

export default async function SecondFactorPage({ searchParams }: Props) {
  const next = safeReturnPath((await searchParams).terug);
  const token = await challengeFromCookie();
  const challenge = token ? await readChallenge(await getDb(), token) : null;
  if (!challenge || challenge.step !== "verify") redirect(`/inloggen?terug=${encodeURIComponent(next)}`);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("secondFactor.verifyTitle")}</h1>
      <p className="utrecht-paragraph">{t("secondFactor.verifyIntro")}</p>
      <ClientTexts keys={CODE_FORM_TEXTS}>
        <CodeForm next={next} />
      </ClientTexts>
      <p className="utrecht-paragraph">
        {t("secondFactor.lostDevice")}{" "}
        <Link className="utrecht-link" href="/inloggen">
          {t("secondFactor.startOver")}
        </Link>
      </p>
    </div>
  );
}
