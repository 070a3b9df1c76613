import { z } from "zod";
import { t } from "@/lib/i18n";

const email = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, t("errors.tooLong", { max: 320 }))
  .email(t("errors.emailInvalid"));

export const loginInput = z.strictObject({
  email,
  password: z.string().min(1, t("errors.required")).max(200),
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
    password: z
      .string()
      .min(12, t("errors.passwordWeak"))
      .max(200, t("errors.tooLong", { max: 200 })),
    passwordRepeat: z.string().max(200),
    kind: z.enum(["resident", "provider", "council"], t("errors.invalidChoice")),
    providerId: z.union([z.uuid(), z.literal("")]).optional(),
    councilId: z.union([z.uuid(), z.literal("")]).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.password !== v.passwordRepeat)
      ctx.addIssue({ code: "custom", path: ["passwordRepeat"], message: t("errors.passwordsDiffer") });
    if (v.kind === "provider" && !v.providerId)
      ctx.addIssue({ code: "custom", path: ["providerId"], message: t("errors.providerRequired") });
    if (v.kind === "council" && !v.councilId)
      ctx.addIssue({ code: "custom", path: ["councilId"], message: t("errors.councilRequired") });
  });
export type RegistrationInput = z.infer<typeof registrationInput>;

/** Only same-site paths are accepted as a place to return to after login. */
export function safeReturnPath(next: string | undefined | null): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  return next;
}
