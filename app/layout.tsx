import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { ClientTexts } from "@/components/ui/client-texts";
import { SHARED_CLIENT_TEXTS } from "@/components/ui/texts";
import { getDb } from "@/db/client";
import { getCurrentVisit } from "@/lib/auth/current-actor";
import { t } from "@/lib/i18n";
import { loadOrganisation } from "@/lib/legal/organisation";
import "./globals.css";

/** The public address (SITE_URL or AUTH_URL, as in production), so shared links and icons resolve absolutely. */
function siteAddress(): URL {
  const configured = process.env.SITE_URL?.trim() || process.env.AUTH_URL?.trim();
  try {
    if (configured) return new URL(configured);
  } catch {
    // An unusable address is refused at start-up in production; elsewhere the local default will do.
  }
  return new URL(`http://localhost:${process.env.PORT ?? "3000"}`);
}

export const metadata: Metadata = {
  metadataBase: siteAddress(),
  title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
  description: t("app.tagline"),
  icons: {
    icon: [
      { url: "/favicon.ico", sizes: "32x32" },
      { url: "/favicon.svg", type: "image/svg+xml" },
    ],
  },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Who is signed in (with their unread messages) and the footer's contact are read side by side.
  const [visit, contact] = await Promise.all([
    getCurrentVisit(),
    // The footer's contact is not worth an error page: without the database the page shows none.
    getDb()
      .then((db) => loadOrganisation(db))
      .catch(() => null),
  ]);
  return (
    <html lang="nl">
      <body className="utrecht-theme inkoop-theme utrecht-document">
        <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t("app.skipToContent")}
        </a>
        <SiteHeader actor={visit?.actor ?? null} unread={visit?.unreadNotifications ?? 0} />
        <main id="inhoud" className="inkoop-main" tabIndex={-1}>
          <ClientTexts keys={SHARED_CLIENT_TEXTS}>{children}</ClientTexts>
        </main>
        <SiteFooter contact={contact} />
      </body>
    </html>
  );
}
