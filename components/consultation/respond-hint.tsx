import Link from "next/link";
import { t } from "@/lib/i18n";
import type { RespondHint } from "@/lib/consultation/respond-hint";

/** Where the response form would be: why this person cannot answer, and for a visitor the way to sign in and back. */
export function RespondHintNotice({ hint, returnPath }: { hint: RespondHint; returnPath: string }) {
  return (
    <section aria-labelledby="reageren" className="utrecht-alert utrecht-alert--info" data-testid="respond-hint">
      <h2 id="reageren" className="utrecht-heading-3">
        {t("consultation.respondHintTitle")}
      </h2>
      <p className="utrecht-paragraph">{t(`consultation.respondHint_${hint}`)}</p>
      {hint === "signIn" ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href={`/inloggen?terug=${encodeURIComponent(returnPath)}`}>
            {t("consultation.signInToRespond")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
