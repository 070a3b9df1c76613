import { t } from "@/lib/i18n";

export function SiteFooter() {
  return (
    <footer className="inkoop-footer">
      <div className="inkoop-footer__inner">
        <p className="utrecht-paragraph">{t("app.footer")}</p>
      </div>
    </footer>
  );
}
