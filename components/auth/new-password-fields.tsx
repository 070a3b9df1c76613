import { TextField } from "@/components/ui/fields";
import type { FormState } from "@/lib/http/form-state";

type Props = { label: string; hint: string; repeatLabel: string; state: FormState };

/**
 * A new password and its repetition, with the rules the server checks; a password is never refilled.
 * The texts come from the form around it (a client component), so this needs no translator of its own.
 */
export function NewPasswordFields({ label, hint, repeatLabel, state }: Props) {
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={label}
        description={hint}
        state={state}
        autoComplete="new-password"
        required
      />
      <TextField
        name="passwordRepeat"
        type="password"
        label={repeatLabel}
        state={state}
        autoComplete="new-password"
        required
      />
    </>
  );
}
