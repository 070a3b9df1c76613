"use client";

import { useT } from "@/lib/i18n/client";
import type { ErrorPageKey } from "@/components/ui/texts";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useT<ErrorPageKey>();
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
