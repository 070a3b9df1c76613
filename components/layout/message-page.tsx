import Link from "next/link";
import { t } from "@/lib/i18n";

/** A short page with a heading, an explanation and a way home: 403, 404. */
export function MessagePage({ title, body }: { title: string; body: string }) {
  return (
    <div className="inkoop-stack">
      <h1 className="utrecht-heading-1">{title}</h1>
      <p className="utrecht-paragraph">{body}</p>
      <Link className="utrecht-link" href="/">
        {t("notFound.home")}
      </Link>
    </div>
  );
}
