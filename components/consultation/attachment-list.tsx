import { InlineActionForm } from "@/components/ui/inline-action-form";
import type { FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

type Row = { id: string; fileName: string; sizeBytes: number };
type Props = {
  attachments: Row[];
  remove?: { consultationId: string; action: (s: FormState, f: FormData) => Promise<FormState> };
};

const size = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A response's attachments as download links; with `remove`, each can be taken off while the response is open. */
export function AttachmentList({ attachments, remove }: Props) {
  if (attachments.length === 0) return <p className="utrecht-paragraph">{t("attachments.none")}</p>;
  return (
    <ul className="utrecht-unordered-list" data-testid="attachments">
      {attachments.map((a) => (
        <li key={a.id} className="utrecht-unordered-list__item" style={{ overflowWrap: "anywhere" }}>
          <a className="utrecht-link" href={`/bijlagen/${a.id}`}>
            {a.fileName}
          </a>{" "}
          ({size(a.sizeBytes)})
          {remove ? (
            <InlineActionForm
              action={remove.action}
              hidden={{ consultationId: remove.consultationId, attachmentId: a.id }}
              submitLabel={t("attachments.remove")}
              label={`${t("attachments.remove")}: ${a.fileName}`}
            />
          ) : null}
        </li>
      ))}
    </ul>
  );
}
