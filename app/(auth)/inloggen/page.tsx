import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { oidcSettingsFromEnv } from "@/lib/auth/oidc";
import { safeReturnPath } from "@/lib/auth/validation";
import { t } from "@/lib/i18n";
import { LoginForm } from "./login-form";
import { ClientTexts } from "@/components/ui/client-texts";
import { LOGIN_FORM_TEXTS } from "../texts";

export const metadata: Metadata = { title: t("login.title") };

type Props = {
  searchParams: Promise<{ terug?: string; geregistreerd?: string; hersteld?: string; bevestigd?: string }>;
};

export default async function LoginPage({ searchParams }: Props) {
  const { terug, geregistreerd, hersteld, bevestigd } = await searchParams;
  const next = safeReturnPath(terug);
  if (await getCurrentActor()) redirect(next);
  const oidc = oidcSettingsFromEnv();
  const registered =
    geregistreerd && ["resident", "council", "provider"].includes(geregistreerd)
      ? t(`login.registered_${geregistreerd}`)
      : hersteld
        ? t("login.passwordReset")
        : bevestigd
          ? t("login.emailVerified")
          : null;
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("login.title")}</h1>
      {registered ? (
        <div className="utrecht-alert utrecht-alert--ok" role="status">
          <p className="utrecht-paragraph">{registered}</p>
        </div>
      ) : null}
      <p className="utrecht-paragraph">{t("login.intro")}</p>
      <ClientTexts keys={LOGIN_FORM_TEXTS}>
        <LoginForm next={next} />
      </ClientTexts>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" href="/wachtwoord-vergeten">
          {t("login.forgotLink")}
        </Link>
        {" · "}
        <Link className="utrecht-link" href="/e-mail-bevestigen/opnieuw">
          {t("verification.resendLink")}
        </Link>
      </p>
      {oidc ? (
        <form
          action={async () => {
            "use server";
            await signIn("oidc", { redirectTo: next });
          }}
        >
          <p className="utrecht-paragraph">{t("login.oidc")}</p>
          <button type="submit" className="utrecht-button utrecht-button--secondary-action">
            {oidc.name}
          </button>
        </form>
      ) : null}
      <p className="utrecht-paragraph">
        {t("login.noAccount")}{" "}
        <Link className="utrecht-link" href="/registreren">
          {t("login.registerLink")}
        </Link>
      </p>
    </div>
  );
}
