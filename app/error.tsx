"use client";

import { t } from "@/lib/i18n";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("errorPage.title")}</h1>
      <p className="utrecht-paragraph">{t("errorPage.body")}</p>
      <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={reset}>
        {t("errorPage.retry")}
      </button>
    </div>
  );
}
