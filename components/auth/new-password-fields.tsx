import { TextField } from "@/components/ui/fields";
import type { FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";

/** A new password and its repetition, with the rules the server checks; a password is never refilled. */
export function NewPasswordFields({ label, state }: { label: string; state: FormState }) {
  return (
    <>
      <TextField
        name="password"
        type="password"
        label={label}
        description={t("register.passwordHint")}
        state={state}
        autoComplete="new-password"
        required
      />
      <TextField
        name="passwordRepeat"
        type="password"
        label={t("register.passwordRepeat")}
        state={state}
        autoComplete="new-password"
        required
      />
    </>
  );
}
