import Link from "next/link";
import { t } from "@/lib/i18n";

type Contact = { name: string; email: string; phone: string | null };

export function SiteFooter({ contact }: { contact?: Contact | null }) {
  return (
    <footer className="inkoop-footer">
      <div className="inkoop-footer__inner inkoop-stack">
        <p className="utrecht-paragraph">{t("app.footer")}</p>
        <nav aria-label={t("app.footerContact")}>
          <ul className="inkoop-footer__links">
            <li>
              <Link className="utrecht-link" href="/privacy">
                {t("app.footerPrivacy")}
              </Link>
            </li>
            <li>
              <Link className="utrecht-link" href="/toegankelijkheid">
                {t("app.footerAccessibility")}
              </Link>
            </li>
            {contact ? (
              <li>
                {t("app.footerContact")}: {contact.name} ·{" "}
                <a className="utrecht-link" href={`mailto:${contact.email}`}>
                  {contact.email}
                </a>
                {contact.phone ? (
                  <>
                    {" · "}
                    <a className="utrecht-link" href={`tel:${contact.phone.replace(/[^+\d]/g, "")}`}>
                      {contact.phone}
                    </a>
                  </>
                ) : null}
              </li>
            ) : null}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
