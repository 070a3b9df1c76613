import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { listUsers, USER_KEYS } from "@/db/queries/users";
import { InlineActionForm } from "@/components/ui/inline-action-form";
import { Pagination, PagingError } from "@/components/ui/pagination";
import { PersonCell } from "@/components/ui/person-cell";
import { ROLES } from "@/lib/auth/roles";
import { requirePermission } from "@/lib/auth/guard";
import { t } from "@/lib/i18n";
import { pageLinks } from "@/lib/paging/href";
import { kindsOf } from "@/lib/paging/keyset";
import { parsePaging, type RawParams } from "@/lib/paging/request";
import { can } from "@/lib/policy";
import { usersWithSecondFactor } from "@/lib/auth/account-reads";
import { changeRoleAction, resetSecondFactorAction, setDisabledAction } from "./actions";

export const metadata: Metadata = { title: t("users.title") };

const PAGE_SIZE = 100;

export default async function UsersPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const actor = await requirePermission("/beheer/gebruikers", "user.list");
  const params = await searchParams;
  const paging = parsePaging(params, kindsOf(USER_KEYS));
  const db = await getDb();
  const [page, withFactor] = await Promise.all([listUsers(db, paging.request, PAGE_SIZE), usersWithSecondFactor(db)]);
  const rows = page.items;
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("users.title")}</h1>
      <p className="utrecht-paragraph">{t("users.intro")}</p>
      <PagingError message={paging.error} />
      <div style={{ overflowX: "auto" }}>
        <table className="inkoop-table">
          <thead>
            <tr>
              <th scope="col">{t("users.name")}</th>
              <th scope="col">{t("users.role")}</th>
              <th scope="col">{t("users.organisation")}</th>
              <th scope="col">{t("users.status")}</th>
              <th scope="col">{t("users.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((u) => (
              <tr key={u.id}>
                <PersonCell name={u.name} email={u.email} />
                <td>
                  {t(`role.${u.role}`)}
                  {u.jobTitle ? (
                    <>
                      <br />
                      <span className="inkoop-muted">{u.jobTitle}</span>
                    </>
                  ) : null}
                </td>
                <td>
                  {u.provider ?? u.council ?? "—"}
                  {u.membershipStatus ? (
                    <>
                      <br />
                      <span className="inkoop-muted">{t(`membershipStatus.${u.membershipStatus}`)}</span>
                    </>
                  ) : null}
                </td>
                <td>
                  {u.disabled ? t("users.blocked") : t("users.active")}
                  <br />
                  <span className="inkoop-muted">
                    {withFactor.has(u.id) ? t("users.factorOn") : t("users.factorOff")}
                  </span>
                </td>
                <td>
                  {can(actor, "user.manage", { userId: u.id }) ? (
                    <div className="inkoop-stack">
                      <InlineActionForm
                        action={changeRoleAction}
                        hidden={{ userId: u.id }}
                        submitLabel={t("users.changeRole")}
                        label={t("users.newRole", { name: u.name })}
                      >
                        <label className="utrecht-form-label" htmlFor={`rol-${u.id}`}>
                          {t("users.newRole", { name: u.name })}
                        </label>{" "}
                        <select
                          id={`rol-${u.id}`}
                          name="role"
                          className="utrecht-select utrecht-select--html-select"
                          defaultValue={u.role}
                        >
                          {ROLES.map((r) => (
                            <option key={r} value={r}>
                              {t(`role.${r}`)}
                            </option>
                          ))}
                        </select>{" "}
                      </InlineActionForm>
                      <InlineActionForm
                        action={setDisabledAction}
                        hidden={{ userId: u.id, disabled: u.disabled ? "false" : "true" }}
                        submitLabel={u.disabled ? t("users.enable") : t("users.disable")}
                        label={`${u.disabled ? t("users.enable") : t("users.disable")}: ${u.name}`}
                      />
                      {withFactor.has(u.id) ? (
                        <InlineActionForm
                          action={resetSecondFactorAction}
                          hidden={{ userId: u.id }}
                          submitLabel={t("users.factorReset")}
                          label={`${t("users.factorReset")}: ${u.name}`}
                        />
                      ) : null}
                    </div>
                  ) : (
                    t("users.self")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        label={t("paging.label.users")}
        page={page}
        links={pageLinks("/beheer/gebruikers", params, [], page)}
      />
    </div>
  );
}
