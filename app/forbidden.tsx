import Link from "next/link";
import { t } from "@/lib/i18n";

export default function Forbidden() {
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("forbidden.title")}</h1>
      <p className="utrecht-paragraph">{t("forbidden.body")}</p>
      <Link className="utrecht-link" href="/">
        {t("forbidden.home")}
      </Link>
    </div>
  );
}
