import Link from "next/link";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/policy";
import { t } from "@/lib/i18n";
import { logout } from "@/app/(auth)/actions";

export function SiteHeader({ actor, unread = 0 }: { actor: Actor | null; unread?: number }) {
  const links = [
    { href: "/", label: t("nav.home") },
    { href: "/trajecten", label: t("nav.trajectories") },
    { href: "/consultaties", label: t("nav.consultations") },
    { href: "/zoeken", label: t("nav.search") },
    ...(can(actor, "officer_workspace.enter") ? [{ href: "/beheer/trajecten", label: t("nav.workspace") }] : []),
    ...(can(actor, "consultation.administer") ? [{ href: "/beheer/moderatie", label: t("nav.moderation") }] : []),
    ...(can(actor, "table.list_all")
      ? [{ href: "/beheer/overlegtafels", label: t("nav.tables") }]
      : can(actor, "table.list_own")
        ? [{ href: "/overlegtafels", label: t("nav.tables") }]
        : []),
    // The administrator sets the size thresholds without seeing the tables themselves.
    ...(can(actor, "size_thresholds.set") && !can(actor, "table.list_all")
      ? [{ href: "/beheer/overlegtafels/drempels", label: t("nav.thresholds") }]
      : []),
    ...(can(actor, "contract.administer") ? [{ href: "/beheer/contracten", label: t("nav.contracts") }] : []),
    ...(can(actor, "execution.dashboard") ? [{ href: "/beheer/uitvoering", label: t("nav.dashboard") }] : []),
    ...(can(actor, "contract.list_own") ? [{ href: "/mijn-contracten", label: t("nav.myContracts") }] : []),
    ...(can(actor, "guidance.edit") ? [{ href: "/beheer/handreiking", label: t("nav.guidance") }] : []),
    ...(can(actor, "membership.decide") ? [{ href: "/beheer/aanmeldingen", label: t("nav.memberships") }] : []),
    ...(can(actor, "user.list") ? [{ href: "/beheer/gebruikers", label: t("nav.users") }] : []),
    ...(can(actor, "outbox.read") ? [{ href: "/beheer/uitgaande-post", label: t("nav.outbox") }] : []),
    ...(can(actor, "audit.view", { scope: "security" }) ? [{ href: "/beheer/audit", label: t("nav.audit") }] : []),
  ];
  return (
    <header>
      <div className="inkoop-header">
        <div className="inkoop-header__inner">
          <Link href="/" className="inkoop-header__brand">
            {t("app.name")}
          </Link>
          <p className="inkoop-header__tagline">{t("app.tagline")}</p>
        </div>
      </div>
      <nav className="inkoop-nav" aria-label={t("nav.label")}>
        <div className="inkoop-nav__inner">
          <ul>
            {links.map((link) => (
              <li key={link.href}>
                <Link className="utrecht-link" href={link.href}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
          <div className="inkoop-nav__user">
            {actor ? (
              <>
                <Link className="utrecht-link" href="/meldingen">
                  {t("nav.notifications", { n: unread })}
                </Link>
                <Link className="utrecht-link" href="/account">
                  {t("nav.account")}
                </Link>
                <span>{t("nav.signedInAs", { name: actor.name })}</span>
                <form action={logout} className="inkoop-inline-form">
                  <button type="submit" className="utrecht-button utrecht-button--subtle">
                    {t("nav.logout")}
                  </button>
                </form>
              </>
            ) : (
              <>
                <Link className="utrecht-link" href="/inloggen">
                  {t("nav.login")}
                </Link>
                <Link className="utrecht-link" href="/registreren">
                  {t("nav.register")}
                </Link>
              </>
            )}
          </div>
        </div>
      </nav>
    </header>
  );
}
