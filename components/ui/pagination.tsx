import Link from "next/link";
import { t } from "@/lib/i18n";
import type { PageLinks } from "@/lib/paging/href";
import type { Page } from "@/lib/paging/page";

type Props = {
  /** What is paged, for the navigation's accessible name, e.g. "Pagina's met reacties". */
  label: string;
  page: Pick<Page<unknown>, "page" | "pages" | "total" | "pastTheEnd">;
  links: PageLinks;
};

/**
 * Page navigation of a list: previous and next by cursor, the first and last page, and where the
 * reader is. Without a second page it shows nothing; past the end it says so and links back.
 */
export function Pagination({ label, page, links }: Props) {
  if (page.pastTheEnd)
    return (
      <div className="utrecht-alert utrecht-alert--warning" role="status">
        <p className="utrecht-paragraph">{t("paging.pastTheEnd", { page: page.page, pages: page.pages })}</p>
        <Link className="utrecht-link" href={links.first}>
          {t("paging.first")}
        </Link>
      </div>
    );
  if (page.pages <= 1 && !links.previous && !links.next) return null;
  return (
    <nav aria-label={label} className="inkoop-pagination">
      <ul>
        {page.page > 2 ? (
          <li>
            <Link className="utrecht-link" href={links.first}>
              {t("paging.first")}
            </Link>
          </li>
        ) : null}
        {links.previous ? (
          <li>
            <Link className="utrecht-link" href={links.previous} rel="prev">
              {t("paging.previous")}
            </Link>
          </li>
        ) : null}
        <li aria-current="page">{t("paging.pageOf", { page: page.page, pages: page.pages })}</li>
        {links.next ? (
          <li>
            <Link className="utrecht-link" href={links.next} rel="next">
              {t("paging.next")}
            </Link>
          </li>
        ) : null}
        {links.last && page.page < page.pages - 1 ? (
          <li>
            <Link className="utrecht-link" href={links.last}>
              {t("paging.last")}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

/** A bad page number or cursor in the address, said in Dutch above the list. */
export function PagingError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <div className="utrecht-alert utrecht-alert--error" role="status">
      <p className="utrecht-paragraph">{message}</p>
    </div>
  );
}
