import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { thresholdsFor } from "@/db/queries/size-indicators";
import { listRegions } from "@/db/queries/reference";
import { FieldsForm } from "@/components/overlegtafel/fields-form";
import { requirePermission } from "@/lib/auth/guard";
import { t } from "@/lib/i18n";
import { can } from "@/lib/policy";
import { setThresholdsAction } from "../actions";

export const metadata: Metadata = { title: t("overlegtafel.thresholdsTitle") };

export default async function ThresholdsPage() {
  const actor = await requirePermission("/beheer/overlegtafels/drempels", "size_thresholds.set");
  const db = await getDb();
  const list = await listRegions(db);
  return (
    <div className="inkoop-stack">
      {can(actor, "table.list_all") ? (
        <p className="utrecht-paragraph">
          <Link className="utrecht-link" href="/beheer/overlegtafels">
            {t("overlegtafel.backToList")}
          </Link>
        </p>
      ) : null}
      <h1 className="utrecht-heading-1">{t("overlegtafel.thresholdsTitle")}</h1>
      <p className="utrecht-paragraph">{t("overlegtafel.thresholdsIntro")}</p>
      {await Promise.all(
        list.map(async (region) => {
          const th = await thresholdsFor(db, region.id);
          const field = (key: "clients" | "employees" | "wmoRevenue", edge: "largeFrom" | "smallBelow") => ({
            kind: "number-text" as const,
            name: `${key}${edge === "largeFrom" ? "LargeFrom" : "SmallBelow"}`,
            label: t(`overlegtafel.${edge}`, { indicator: t(`overlegtafel.indicator_${key}`) }),
            required: true,
            defaultValue: String(th[key][edge]),
          });
          return (
            <section key={region.id} aria-labelledby={`regio-${region.id}`} className="inkoop-card">
              <h2 id={`regio-${region.id}`} className="utrecht-heading-2">
                {region.name}
              </h2>
              <FieldsForm
                action={setThresholdsAction}
                idPrefix={`drempels-${region.id}`}
                label={t("overlegtafel.thresholdsTitle")}
                hidden={{ regionId: region.id }}
                fields={[
                  field("clients", "largeFrom"),
                  field("clients", "smallBelow"),
                  field("employees", "largeFrom"),
                  field("employees", "smallBelow"),
                  field("wmoRevenue", "largeFrom"),
                  field("wmoRevenue", "smallBelow"),
                ]}
                submitLabel={t("overlegtafel.saveThresholds")}
              />
            </section>
          );
        }),
      )}
    </div>
  );
}
