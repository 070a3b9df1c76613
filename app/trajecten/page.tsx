import type { Metadata } from "next";
import { getDb } from "@/db/client";
import { pageTrajectories, TRAJECTORY_KEYS } from "@/db/queries/trajectories";
import { TrajectoryList } from "@/components/trajectory/trajectory-list";
import { Pagination, PagingError } from "@/components/ui/pagination";
import { t } from "@/lib/i18n";
import { pageLinks } from "@/lib/paging/href";
import { kindsOf } from "@/lib/paging/keyset";
import { parsePaging, type RawParams } from "@/lib/paging/request";

export const metadata: Metadata = { title: t("trajectory.listTitle") };

const PAGE_SIZE = 20;

export default async function PublicTrajectoriesPage({ searchParams }: { searchParams: Promise<RawParams> }) {
  const params = await searchParams;
  const paging = parsePaging(params, kindsOf(TRAJECTORY_KEYS));
  const page = await pageTrajectories(await getDb(), { includeInternal: false }, paging.request, PAGE_SIZE);
  const items = page.items;
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{t("trajectory.listTitle")}</h1>
      <p className="utrecht-paragraph">{t("trajectory.listIntro")}</p>
      <PagingError message={paging.error} />
      {items.length ? (
        <TrajectoryList items={items} hrefFor={(id) => `/trajecten/${id}`} />
      ) : (
        <p className="utrecht-paragraph">{t("home.none")}</p>
      )}
      <Pagination
        label={t("paging.label.trajectories")}
        page={page}
        links={pageLinks("/trajecten", params, [], page)}
      />
    </div>
  );
}
