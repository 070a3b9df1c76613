import { eq } from "drizzle-orm";
import {
  contractMeetings,
  contractProducts,
  contractReports,
  contractSubregions,
  meetings,
  municipalities,
  products,
} from "@/db/schema";
import type { Executor } from "@/db/connection";
import { inIdList } from "./id-list";

/** The grid of the report: the contract's products × the municipalities of its sub-regions. */
export async function reportGrid(db: Executor, contractId: string) {
  const [productRows, municipalityRows] = await Promise.all([
    db
      .select({ id: products.id, name: products.name })
      .from(contractProducts)
      .innerJoin(products, eq(products.id, contractProducts.productId))
      .where(eq(contractProducts.contractId, contractId)),
    db
      .select({ id: municipalities.id, name: municipalities.name })
      .from(contractSubregions)
      .innerJoin(municipalities, eq(municipalities.subregionId, contractSubregions.subregionId))
      .where(eq(contractSubregions.contractId, contractId)),
  ]);
  return { products: productRows, municipalities: municipalityRows };
}

/** Contract-management meetings of a contract with their reports, newest year first. */
export async function listContractMeetings(db: Executor, contractId: string) {
  const rows = await db
    .select({ link: contractMeetings, meeting: meetings })
    .from(contractMeetings)
    .innerJoin(meetings, eq(meetings.id, contractMeetings.meetingId))
    .where(eq(contractMeetings.contractId, contractId));
  const ids = rows.map((r) => r.meeting.id);
  const reports = ids.length
    ? await db.select().from(contractReports).where(inIdList(contractReports.meetingId, ids))
    : [];
  return rows
    .map((r) => ({
      ...r.meeting,
      year: r.link.year,
      report: reports.find((x) => x.meetingId === r.meeting.id) ?? null,
    }))
    .sort((a, b) => b.year - a.year);
}
