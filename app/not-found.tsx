import Link from "next/link";
import { t } from "@/lib/i18n";

export default function NotFound() {
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("notFound.title")}</h1>
      <p className="utrecht-paragraph">{t("notFound.body")}</p>
      <Link className="utrecht-link" href="/">
        {t("notFound.home")}
      </Link>
    </div>
  );
}
