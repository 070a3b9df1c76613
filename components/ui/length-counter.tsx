"use client";

import { useEffect, useState } from "react";
import { useT } from "@/lib/i18n/client";
import type { Translate } from "@/lib/i18n/format";
import type { LengthCounterKey } from "./texts";

type Props = { fieldId: string; max: number; initialLength: number };

/**
 * Shows how many characters are left instead of cutting text off silently: the field accepts more and
 * the server refuses it with a message, keeping what was typed. Screen readers hear the count only once
 * the user pauses, so it does not talk over every keystroke.
 */
export function LengthCounter({ fieldId, max, initialLength }: Props) {
  const t = useT<LengthCounterKey>();
  const [length, setLength] = useState(initialLength);
  const [announced, setAnnounced] = useState("");

  useEffect(() => {
    const field = document.getElementById(fieldId) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!field) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      setLength(field.value.length);
      clearTimeout(timer);
      timer = setTimeout(() => setAnnounced(counterText(t, field.value.length, max)), 1000);
    };
    field.addEventListener("input", update);
    return () => {
      clearTimeout(timer);
      field.removeEventListener("input", update);
    };
  }, [fieldId, max, t]);

  const over = length > max;
  return (
    <>
      <p
        id={`${fieldId}-teller`}
        className={`utrecht-form-field-description inkoop-counter${over ? " inkoop-counter--over" : ""}`}
      >
        {counterText(t, length, max)}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </>
  );
}

export function counterText(t: Translate<LengthCounterKey>, length: number, max: number): string {
  return length > max
    ? t("errors.counterOver", { over: length - max, max })
    : t("errors.counterLeft", { left: max - length, max });
}
