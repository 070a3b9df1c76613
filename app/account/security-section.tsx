import Link from "next/link";
import { getDb } from "@/db/client";
import type { Actor } from "@/lib/auth/actor";
import { hasSecondFactor, remainingRecoveryCodes, secondFactorMandatory } from "@/lib/auth/second-factor";
import { t } from "@/lib/i18n";
import { CodeActionForm } from "./code-action-form";
import { PasswordForm } from "./password-form";
import { regenerateCodesAction, removeOwnFactorAction } from "./security-actions";
import { ClientTexts } from "@/components/ui/client-texts";
import { CODE_ACTION_TEXTS, PASSWORD_FORM_TEXTS } from "./texts";

/** Password and second factor on the account page. */
export async function SecuritySection({ actor }: { actor: Actor }) {
  const db = await getDb();
  const [enrolled, remaining] = await Promise.all([
    hasSecondFactor(db, actor.id),
    remainingRecoveryCodes(db, actor.id),
  ]);
  const mandatory = secondFactorMandatory(actor.role);
  return (
    <>
      <section aria-labelledby="wachtwoord">
        <h2 id="wachtwoord" className="utrecht-heading-2">
          {t("passwordChange.title")}
        </h2>
        <p className="utrecht-paragraph">{t("passwordChange.intro")}</p>
        <ClientTexts keys={PASSWORD_FORM_TEXTS}>
          <PasswordForm />
        </ClientTexts>
      </section>
      <section aria-labelledby="tweede-factor">
        <h2 id="tweede-factor" className="utrecht-heading-2">
          {t("secondFactor.title")}
        </h2>
        {enrolled ? (
          <ClientTexts keys={CODE_ACTION_TEXTS}>
            <p className="utrecht-paragraph">{t("secondFactor.active", { n: remaining })}</p>
            <CodeActionForm
              action={regenerateCodesAction}
              label={t("secondFactor.renewCodes")}
              submitLabel={t("secondFactor.renewCodes")}
              idPrefix="vernieuwen"
            />
            {mandatory ? (
              <p className="utrecht-paragraph">{t("secondFactor.mandatory")}</p>
            ) : (
              <CodeActionForm
                action={removeOwnFactorAction}
                label={t("secondFactor.remove")}
                submitLabel={t("secondFactor.remove")}
                idPrefix="uitzetten"
              />
            )}
          </ClientTexts>
        ) : (
          <p className="utrecht-paragraph">
            {t("secondFactor.inactive")}{" "}
            <Link className="utrecht-link" href="/account/tweestapsverificatie">
              {t("secondFactor.enrolLink")}
            </Link>
          </p>
        )}
      </section>
    </>
  );
}
