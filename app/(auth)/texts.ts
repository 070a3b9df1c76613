// The message keys of the sign-in, registration and password forms (client components), picked on the
// server by the page that shows each form: visitors meet these pages first, so they load no message file.
export const LOGIN_FORM_TEXTS = ["login.email", "login.password", "login.submit"] as const;
export const EMAIL_FORM_TEXTS = ["login.email"] as const;
export const CONFIRM_FORM_TEXTS = ["verification.confirm"] as const;
const NEW_PASSWORD_TEXTS = ["register.passwordHint", "register.passwordRepeat"] as const;
export const REGISTRATION_FORM_TEXTS = [
  "register.name",
  "register.email",
  "register.password",
  "register.kind",
  "register.kind_resident",
  "register.kind_council",
  "register.kind_provider",
  "register.provider",
  "register.providerHint",
  "register.council",
  "register.councilHint",
  "register.submit",
  ...NEW_PASSWORD_TEXTS,
] as const;
export const RESET_FORM_TEXTS = ["passwordReset.newPassword", "passwordReset.submit", ...NEW_PASSWORD_TEXTS] as const;
export const CODE_FORM_TEXTS = ["secondFactor.code", "secondFactor.codeHint", "secondFactor.verify"] as const;
export const ENROL_FORM_TEXTS = [
  "secondFactor.enrolled",
  "secondFactor.recoveryIntro",
  "secondFactor.continue",
  "secondFactor.firstCode",
  "secondFactor.activate",
] as const;

export type LoginFormKey = (typeof LOGIN_FORM_TEXTS)[number];
export type EmailFormKey = (typeof EMAIL_FORM_TEXTS)[number];
export type ConfirmFormKey = (typeof CONFIRM_FORM_TEXTS)[number];
export type RegistrationFormKey = (typeof REGISTRATION_FORM_TEXTS)[number];
export type ResetFormKey = (typeof RESET_FORM_TEXTS)[number];
export type CodeFormKey = (typeof CODE_FORM_TEXTS)[number];
export type EnrolFormKey = (typeof ENROL_FORM_TEXTS)[number];

/** Every list, for the test that they name existing messages. */
export const AUTH_CLIENT_TEXTS = [
  ...LOGIN_FORM_TEXTS,
  ...CONFIRM_FORM_TEXTS,
  ...REGISTRATION_FORM_TEXTS,
  ...RESET_FORM_TEXTS,
  ...CODE_FORM_TEXTS,
  ...ENROL_FORM_TEXTS,
] as const;
