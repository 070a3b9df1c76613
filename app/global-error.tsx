"use client";

import { t } from "@/lib/i18n";
import "./globals.css";

/**
 * Shown when even the root layout fails (for instance when the database is unreachable while it
 * reads the session): it replaces the whole document, so it brings its own html and body.
 */
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="nl">
      <head>
        <title>{`${t("errorPage.title")} · ${t("app.name")}`}</title>
      </head>
      <body className="utrecht-theme inkoop-theme utrecht-document">
        <main id="inhoud" className="inkoop-main">
          <div className="inkoop-stack">
            <h1 className="utrecht-heading-1">{t("errorPage.title")}</h1>
            <p className="utrecht-paragraph">{t("errorPage.body")}</p>
            {error.digest ? (
              <p className="utrecht-paragraph">{t("errorPage.reference", { digest: error.digest })}</p>
            ) : null}
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={reset}>
              {t("errorPage.retry")}
            </button>
          </div>
        </main>
      </body>
    </html>
  );
}
