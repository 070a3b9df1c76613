"use client";

import { t } from "@/lib/i18n";

/** The body of the global error page; global-error.tsx loads it (and the message file) only when needed. */
export default function GlobalErrorContent({ digest, reset }: { digest?: string; reset: () => void }) {
  return (
    <main id="inhoud" className="inkoop-main">
      <title>{`${t("errorPage.title")} · ${t("app.name")}`}</title>
      <div className="inkoop-stack">
        <h1 className="utrecht-heading-1">{t("errorPage.title")}</h1>
        <p className="utrecht-paragraph">{t("errorPage.body")}</p>
        {digest ? <p className="utrecht-paragraph">{t("errorPage.reference", { digest })}</p> : null}
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={reset}>
          {t("errorPage.retry")}
        </button>
      </div>
    </main>
  );
}
