import type { Metadata } from "next";
import { t } from "@/lib/i18n";

export const metadata: Metadata = { title: t("status.title") };

/** A minimal server-rendered page: a liveness check, and the ceiling in the benchmarks. */
export default function StatusPage() {
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("status.title")}</h1>
      <p className="utrecht-paragraph">{t("status.body")}</p>
    </div>
  );
}
