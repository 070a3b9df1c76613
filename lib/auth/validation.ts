import { z } from "zod";
import { t } from "@/lib/i18n";
import { isCommonPassword } from "./common-passwords";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./passwords";
import { looksLikeRecoveryCode } from "./recovery-codes";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, t("errors.tooLong", { max: 320 }))
  .email(t("errors.emailInvalid"));

/** A password someone chooses: long enough, within what is hashed in full, and not on the common list. */
export const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, t("errors.passwordWeak"))
  .max(PASSWORD_MAX_LENGTH, t("errors.passwordTooLong", { max: PASSWORD_MAX_LENGTH }))
  .refine((p) => p.length > PASSWORD_MAX_LENGTH || !isCommonPassword(p), t("errors.passwordCommon"));

const passwordRepeat = z.string().max(PASSWORD_MAX_LENGTH + 1000);

/** The second field must repeat the first; an issue on the repeat field, so both can be reported at once. */
function repeatMatches(v: { password: string; passwordRepeat: string }, ctx: z.RefinementCtx) {
  if (v.password !== v.passwordRepeat)
    ctx.addIssue({ code: "custom", path: ["passwordRepeat"], message: t("errors.passwordsDiffer") });
}

export const loginInput = z.strictObject({
  email,
  // Longer than any password that can be set: answered as a wrong password, after the same time.
  password: z
    .string()
    .min(1, t("errors.required"))
    .max(PASSWORD_MAX_LENGTH + 1000),
  next: z.string().max(500).optional(),
});

export const registrationInput = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(2, t("errors.tooShort", { min: 2 }))
      .max(120, t("errors.tooLong", { max: 120 })),
    email,
    password: newPassword,
    passwordRepeat,
    kind: z.enum(["resident", "provider", "council"], t("errors.invalidChoice")),
    providerId: z.union([z.uuid(), z.literal("")]).optional(),
    councilId: z.union([z.uuid(), z.literal("")]).optional(),
  })
  .superRefine((v, ctx) => {
    repeatMatches(v, ctx);
    if (v.kind === "provider" && !v.providerId)
      ctx.addIssue({ code: "custom", path: ["providerId"], message: t("errors.providerRequired") });
    if (v.kind === "council" && !v.councilId)
      ctx.addIssue({ code: "custom", path: ["councilId"], message: t("errors.councilRequired") });
  });
export type RegistrationInput = z.infer<typeof registrationInput>;

export const emailOnlyInput = z.strictObject({ email });

const token = z.string().trim().min(1, t("errors.tokenUnknown")).max(200, t("errors.tokenUnknown"));

export const passwordResetInput = z
  .strictObject({ token, password: newPassword, passwordRepeat })
  .superRefine(repeatMatches);

export const passwordChangeInput = z
  .strictObject({
    currentPassword: z
      .string()
      .min(1, t("errors.required"))
      .max(PASSWORD_MAX_LENGTH + 1000),
    password: newPassword,
    passwordRepeat,
  })
  .superRefine(repeatMatches);

/** Six digits from the app, or a recovery code (dashes and spaces optional). */
export const codeField = z
  .string()
  .trim()
  .min(1, t("errors.required"))
  .max(40, t("errors.codeFormat"))
  .refine((c) => /^\d{3}\s?\d{3}$/.test(c) || looksLikeRecoveryCode(c), t("errors.codeFormat"));

export const secondFactorInput = z.strictObject({ code: codeField, next: z.string().max(500).optional() });

export const resetSecondFactorInput = z.strictObject({ userId: z.uuid() });

/** Only same-site paths are accepted as a place to return to after login. */
export function safeReturnPath(next: string | undefined | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
