import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { getDb } from "@/db/client";
import { countUnread } from "@/db/queries/messaging";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { t } from "@/lib/i18n";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: t("app.name"), template: `%s · ${t("app.name")}` },
  description: t("app.tagline"),
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getCurrentActor();
  const unread = actor ? await countUnread(await getDb(), actor.id) : 0;
  return (
    <html lang="nl">
      <body className="utrecht-theme inkoop-theme utrecht-document">
        <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
          {t("app.skipToContent")}
        </a>
        <SiteHeader actor={actor} unread={unread} />
        <main id="inhoud" className="inkoop-main" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
