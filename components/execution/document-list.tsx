import { formatDateTime, t } from "@/lib/i18n";

type Doc = { id: string; kind: string; title: string; fileName: string; sizeBytes: number; uploadedAt: Date };

export function ContractDocumentList({ documents, empty }: { documents: Doc[]; empty: string }) {
  if (documents.length === 0) return <p className="utrecht-paragraph">{empty}</p>;
  return (
    <ul className="utrecht-unordered-list">
      {documents.map((d) => (
        <li key={d.id} className="utrecht-unordered-list__item">
          <a className="utrecht-link" href={`/contractdocumenten/${d.id}`}>
            {d.title}
          </a>{" "}
          — {t(`contractDoc.kind_${d.kind}`)}, {d.fileName}, {Math.max(1, Math.round(d.sizeBytes / 1024))} kB,{" "}
          {formatDateTime(d.uploadedAt)}
        </li>
      ))}
    </ul>
  );
}
