import type { Metadata } from "next";
import Link from "next/link";
import { getDb } from "@/db/client";
import { pageTrajectories, TRAJECTORY_KEYS } from "@/db/queries/trajectories";
import { TrajectoryList } from "@/components/trajectory/trajectory-list";
import { Pagination, PagingError } from "@/components/ui/pagination";
import { requirePermission } from "@/lib/auth/guard";
import { t } from "@/lib/i18n";
import { pageLinks } from "@/lib/paging/href";
import { kindsOf } from "@/lib/paging/keyset";
import { parsePaging, type RawParams } from "@/lib/paging/request";
import { can } from "@/lib/policy";

export const metadata: Metadata = { title: t("trajectory.workspaceTitle") };

const PAGE_SIZE = 20;

export default async function WorkspaceTrajectoriesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const actor = await requirePermission("/beheer/trajecten", "trajectory.list_all");
  const params = await searchParams;
  const paging = parsePaging(params, kindsOf(TRAJECTORY_KEYS));
  const page = await pageTrajectories(await getDb(), { includeInternal: true }, paging.request, PAGE_SIZE);
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("trajectory.workspaceTitle")}</h1>
      <p className="utrecht-paragraph">{t("trajectory.workspaceIntro")}</p>
      {can(actor, "trajectory.create") ? (
        <p>
          <Link
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            href="/beheer/trajecten/nieuw"
          >
            {t("trajectory.new")}
          </Link>
        </p>
      ) : null}
      <PagingError message={paging.error} />
      <TrajectoryList items={page.items} hrefFor={(id) => `/beheer/trajecten/${id}`} />
      <Pagination
        label={t("paging.label.trajectories")}
        page={page}
        links={pageLinks("/beheer/trajecten", params, [], page)}
      />
    </div>
  );
}
