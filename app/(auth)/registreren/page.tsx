import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listCouncils, listProviders } from "@/db/queries/reference";
import { t } from "@/lib/i18n";
import { RegistrationForm } from "./registration-form";
import { ClientTexts } from "@/components/ui/client-texts";
import { REGISTRATION_FORM_TEXTS } from "../texts";

export const metadata: Metadata = { title: t("register.title") };

export default async function RegisterPage() {
  const db = await getDb();
  const [providerRows, councilRows] = await Promise.all([listProviders(db), listCouncils(db)]);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("register.title")}</h1>
      <p className="utrecht-paragraph">{t("register.intro")}</p>
      <ClientTexts keys={REGISTRATION_FORM_TEXTS}>
        <RegistrationForm
          providers={providerRows.map((p) => ({ value: p.id, label: p.name }))}
          councils={councilRows.map((c) => ({ value: c.id, label: c.name }))}
        />
      </ClientTexts>
    </div>
  );
}
