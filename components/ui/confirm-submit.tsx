"use client";

import { useEffect, useId, useRef } from "react";
import { useFormStatus } from "react-dom";
import { CONFIRM_FIELD, CONFIRM_VALUE } from "@/lib/http/confirmation";
import { useT } from "@/lib/i18n/client";
import type { ConfirmSubmitKey } from "./texts";

/** What the dialog asks before an irreversible action. */
export type Confirmation = {
  /** The question in the dialog, e.g. "Consultatie nu sluiten?". */
  question: string;
  /** What happens and that it cannot be undone. */
  consequence: string;
  /** The confirming button, e.g. "Ja, nu sluiten". */
  confirmLabel: string;
};

type Props = Confirmation & {
  /** The button's text, e.g. "Nu sluiten". */
  label: string;
  variant?: "primary" | "secondary";
};

/**
 * The submit control of an irreversible action: it asks first, in a native modal dialog (focus is held in
 * it, Escape and "Annuleren" close it and return focus to the button). Only the dialog's confirming
 * button submits, and it adds the confirmation field the server action requires.
 */
export function ConfirmSubmit({ label, question, consequence, confirmLabel, variant = "primary" }: Props) {
  const t = useT<ConfirmSubmitKey>();
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  const { pending } = useFormStatus();
  // Once the form is on its way the dialog goes, so the answer (or an error next to a field) is visible.
  useEffect(() => {
    if (pending) dialog.current?.close();
  }, [pending]);
  return (
    <>
      <button
        type="button"
        className={`utrecht-button utrecht-button--${variant}-action${pending ? " utrecht-button--busy" : ""}`}
        aria-haspopup="dialog"
        aria-disabled={pending || undefined}
        disabled={pending}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        className="inkoop-dialog"
        aria-labelledby={`${id}-question`}
        aria-describedby={`${id}-consequence`}
      >
        <h2 id={`${id}-question`} className="utrecht-heading-3">
          {question}
        </h2>
        <p id={`${id}-consequence`} className="utrecht-paragraph">
          {consequence}
        </p>
        <div className="inkoop-dialog__actions">
          {/* First in the dialog, so showModal() puts the focus on the safe choice. */}
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => dialog.current?.close()}
          >
            {t("confirm.cancel")}
          </button>
          <button
            type="submit"
            name={CONFIRM_FIELD}
            value={CONFIRM_VALUE}
            className="utrecht-button utrecht-button--primary-action"
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
