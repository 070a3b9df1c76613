"use client";

import { useEffect, useRef, useState, type MouseEvent } from "react";
import type { FormState } from "@/lib/http/form-state";
import { useT } from "@/lib/i18n/client";
import type { ErrorSummaryKey } from "./texts";

type Props = { state: FormState };
type Target = { field: string; label: string; id: string; messages: string[] };

/**
 * The NL Design System error summary: after a refused submit, focus moves here and every field with a
 * problem is listed at once, each a link to that field, where its message stands. Field ids differ per form
 * (prefixes, fieldsets, editors), so each link finds its field and label by name inside the same form.
 */
export function ErrorSummary({ state }: Props) {
  const t = useT<ErrorSummaryKey>();
  const ref = useRef<HTMLDivElement>(null);
  const formErrors = state.fieldErrors?._form ?? [];
  const [targets, setTargets] = useState<Target[]>([]);

  // Only a new answer of the server moves focus and reads the form again; re-renders while typing do not.
  useEffect(() => {
    const form = ref.current?.closest("form") ?? document;
    setTargets(
      Object.entries(state.fieldErrors ?? {})
        .filter(([field]) => field !== "_form")
        .map(([field, messages]) => describeField(form, field, messages))
        .filter((target): target is Target => target !== null),
    );
    ref.current?.focus();
  }, [state]);

  function jump(event: MouseEvent<HTMLAnchorElement>, id: string) {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.scrollIntoView({ block: "center" });
    // A fieldset takes no focus itself: its first control does.
    const focusable = target.matches("fieldset")
      ? target.querySelector<HTMLElement>("input, select, textarea")
      : target;
    focusable?.focus();
  }

  // Only fields found in the form are listed (their messages stand there); until the form has been read,
  // right after the first paint, the list stays empty.
  const shown = targets;
  const count = targets.length;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      className="utrecht-alert utrecht-alert--error inkoop-error-summary"
      data-testid="form-message"
    >
      <div className="utrecht-alert__content">
        {state.message ? <p className="utrecht-paragraph inkoop-error-summary__title">{state.message}</p> : null}
        {formErrors.map((e) => (
          <p className="utrecht-paragraph" key={e}>
            {e}
          </p>
        ))}
        {count > 0 ? (
          <>
            <p className="utrecht-paragraph">{t("errors.summaryFields", { count })}</p>
            <ul className="utrecht-unordered-list inkoop-error-summary__list">
              {shown.map((target) => (
                <li key={target.field} className="utrecht-unordered-list__item">
                  <a className="utrecht-link" href={`#${target.id}`} onClick={(e) => jump(e, target.id)}>
                    {target.label}
                  </a>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </div>
  );
}

function describeField(form: ParentNode, field: string, messages: string[]): Target | null {
  const escaped = CSS.escape(field);
  const control = form.querySelector<HTMLElement>(
    `[name="${escaped}"]:not([type="hidden"]), [id$="-${escaped}"]:not([type="hidden"])`,
  );
  if (!control) return null;
  // A group of checkboxes is named by its legend and reached through its fieldset.
  const fieldset = control.closest("fieldset");
  const inGroup =
    !control.id || control.getAttribute("type") === "checkbox" || control.getAttribute("type") === "radio";
  if (inGroup && fieldset?.id) {
    const legend = fieldset.querySelector("legend")?.textContent ?? "";
    return legend.trim() ? { field, label: clean(legend), id: fieldset.id, messages } : null;
  }
  if (!control.id) return null;
  const label =
    form.querySelector(`label[for="${CSS.escape(control.id)}"]`)?.textContent ||
    control.getAttribute("aria-label") ||
    control.closest("label")?.textContent ||
    fieldset?.querySelector("legend")?.textContent ||
    "";
  return clean(label) ? { field, label: clean(label), id: control.id, messages } : null;
}

const clean = (label: string) => label.replace(/\s*\*\s*$/, "").trim();
