import { t } from "@/lib/i18n";

type Doc = { id: string; title: string; sizeBytes: number };

const sizeLabel = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} kB`
    : `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`;

export function DocumentList({ documents }: { documents: Doc[] }) {
  if (documents.length === 0) return <p className="utrecht-paragraph">{t("trajectory.documentsEmpty")}</p>;
  return (
    <ul className="utrecht-link-list utrecht-link-list--html-ul">
      {documents.map((d) => (
        <li key={d.id} className="utrecht-link-list__item">
          <a className="utrecht-link" href={`/documenten/${d.id}`}>
            {t("trajectory.download", { title: d.title, size: sizeLabel(d.sizeBytes) })}
          </a>
        </li>
      ))}
    </ul>
  );
}
