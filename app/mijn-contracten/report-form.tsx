import { SpecForm, type FieldSpec } from "@/components/execution/spec-form";
import { t } from "@/lib/i18n";
import { submitContractReportAction } from "./actions";

type Grid = { products: { id: string; name: string }[]; municipalities: { id: string; name: string }[] };
type Previous = {
  clientCounts: { product: string; municipality: string; clients: number }[];
  complaintsCount: number;
  complaintsNature: string;
  complaintsHandling: string;
  calamities: string;
  certificateValidUntil: string | null;
} | null;

/** The structured report before a contract-management meeting: client numbers per product and municipality first. */
export function ContractReportForm({
  meetingId,
  grid,
  previous,
}: {
  meetingId: string;
  grid: Grid;
  previous: Previous;
}) {
  const counts: FieldSpec[] = grid.products.flatMap((p) =>
    grid.municipalities.map((m) => ({
      kind: "number" as const,
      name: `clients.${p.id}.${m.id}`,
      label: t("cmMeeting.clientsFor", { product: p.name, municipality: m.name }),
      required: true,
      defaultValue: previous?.clientCounts
        .find((c) => c.product === p.name && c.municipality === m.name)
        ?.clients.toString(),
    })),
  );
  return (
    <SpecForm
      action={submitContractReportAction}
      idPrefix={`rapport-${meetingId}`}
      label={t("cmMeeting.reportForm")}
      submitLabel={t("cmMeeting.reportSubmit")}
      hidden={{ meetingId }}
      fields={[
        ...counts,
        {
          kind: "number",
          name: "complaintsCount",
          label: t("cmMeeting.complaintsCount"),
          required: true,
          defaultValue: previous?.complaintsCount.toString(),
        },
        {
          kind: "textarea",
          name: "complaintsNature",
          label: t("cmMeeting.complaintsNature"),
          required: true,
          rows: 3,
          maxLength: 3000,
          defaultValue: previous?.complaintsNature,
        },
        {
          kind: "textarea",
          name: "complaintsHandling",
          label: t("cmMeeting.complaintsHandling"),
          required: true,
          rows: 3,
          maxLength: 3000,
          defaultValue: previous?.complaintsHandling,
        },
        {
          kind: "textarea",
          name: "calamities",
          label: t("cmMeeting.calamities"),
          required: true,
          rows: 3,
          maxLength: 3000,
          defaultValue: previous?.calamities,
          description: t("cmMeeting.calamitiesHint"),
        },
        {
          kind: "date",
          name: "certificateValidUntil",
          label: t("cmMeeting.certificateValidUntil"),
          defaultValue: previous?.certificateValidUntil ?? undefined,
          description: t("cmMeeting.certificateHint"),
        },
      ]}
    />
  );
}
