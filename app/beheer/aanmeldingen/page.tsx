import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listPendingMemberships } from "@/db/queries/users";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { PersonCell } from "@/components/ui/person-cell";
import { requirePermission } from "@/lib/auth/guard";
import { formatDateTime, t } from "@/lib/i18n";
import { decideMembershipAction } from "../gebruikers/actions";

export const metadata: Metadata = { title: t("memberships.title") };

export default async function MembershipsPage() {
  await requirePermission("/beheer/aanmeldingen", "membership.decide");
  const rows = await listPendingMemberships(await getDb());
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("memberships.title")}</h1>
      <p className="utrecht-paragraph">{t("memberships.intro")}</p>
      {rows.length === 0 ? (
        <p className="utrecht-paragraph">{t("memberships.none")}</p>
      ) : (
        <table className="inkoop-table">
          <thead>
            <tr>
              <th scope="col">{t("users.name")}</th>
              <th scope="col">{t("memberships.provider")}</th>
              <th scope="col">{t("memberships.registered")}</th>
              <th scope="col">{t("users.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id}>
                <PersonCell name={u.name} email={u.email} />
                <td>{u.provider}</td>
                <td>{formatDateTime(u.createdAt)}</td>
                <td className="inkoop-stack">
                  <InlineActionForm
                    action={decideMembershipAction}
                    hidden={{ userId: u.id, decision: "approved" }}
                    submitLabel={t("memberships.approve")}
                    label={t("memberships.decisionFor", { name: u.name })}
                    variant="primary"
                  />
                  <InlineActionForm
                    action={decideMembershipAction}
                    hidden={{ userId: u.id, decision: "rejected" }}
                    submitLabel={t("memberships.reject")}
                    label={t("memberships.decisionFor", { name: u.name })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
