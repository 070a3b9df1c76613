import type { FormValues } from "./form-state";

/**
 * The field a confirmation dialog adds to the form when the user confirms an irreversible action. The
 * server action refuses the post without it, so a direct post cannot skip the question.
 */
export const CONFIRM_FIELD = "bevestigd";
export const CONFIRM_VALUE = "ja";

/** Whether the post carries the confirmation, and the values without it (the form's schema is strict). */
export function takeConfirmation(values: FormValues): { confirmed: boolean; values: FormValues } {
  const { [CONFIRM_FIELD]: given, ...rest } = values;
  return { confirmed: given === CONFIRM_VALUE, values: rest };
}
