"use client";

import { t } from "@/lib/i18n";
import { readableAddress } from "@/lib/redaction/link-address";
import { indexText } from "@/lib/redaction/text-index";
import type { RichTextDoc } from "@/lib/rich-text/schema";

type Props = { doc: RichTextDoc; readOnly: boolean; onRemove: (from: number, to: number) => void };

/**
 * Every link in the text with its address as a reader would decode it, so the officer sees what
 * an address carries (a name after "?naam=", a price in a mail subject) and can remove the link.
 */
export function LinkList({ doc, readOnly, onRemove }: Props) {
  const index = indexText(doc, { addresses: true });
  if (!index.addresses.length) return null;
  return (
    <section aria-labelledby="links-in-tekst">
      <h2 id="links-in-tekst" className="utrecht-heading-2">
        {t("minutes.links")}
      </h2>
      <p className="utrecht-paragraph">{t("minutes.linksHint")}</p>
      <ul className="inkoop-findings">
        {index.addresses.map((link) => {
          const linked = textBetween(index, link.from, link.to);
          return (
            <li key={`${link.from}-${link.href}`}>
              <span className="inkoop-finding-text">{linked || t("minutes.linkWithoutText")}</span>
              <span>
                {t("minutes.linkAddress")}: <code>{readableAddress(link.href)}</code>
              </span>
              {!readOnly ? (
                <button
                  type="button"
                  className="utrecht-button utrecht-button--secondary-action"
                  aria-label={`${t("minutes.removeLink")}: ${linked || readableAddress(link.href)}`}
                  onClick={() => onRemove(link.from, link.to)}
                >
                  {t("minutes.removeLink")}
                </button>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function textBetween(index: ReturnType<typeof indexText>, from: number, to: number): string {
  let out = "";
  for (const s of index.segments) {
    const start = Math.max(from, s.pos);
    const end = Math.min(to, s.pos + (s.end - s.start));
    if (end > start) out += index.text.slice(s.start + (start - s.pos), s.start + (end - s.pos));
  }
  return out.trim();
}
