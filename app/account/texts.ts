import { DELIVERIES, NOTIFICATION_KINDS } from "@/lib/messaging/notification-kinds";

// The message keys of the account page's client forms, picked on the server by the pages that show them.
export const PROFILE_FORM_TEXTS = ["account.name", "account.save"] as const;
export const NOTIFICATION_FORM_TEXTS = [
  "notificationPreferences.save",
  "notificationPreferences.security",
  "notificationPreferences.securityAlways",
  ...DELIVERIES.map((d) => `notificationPreferences.${d}` as const),
  ...NOTIFICATION_KINDS.map((k) => `notificationPreferences.kind_${k}` as const),
];
export const SIGN_OUT_ELSEWHERE_TEXTS = [
  "sessions.onlyHere",
  "sessions.signOutElsewhere",
  "sessions.signOutElsewhereHint",
] as const;
export const PASSWORD_FORM_TEXTS = [
  "passwordChange.title",
  "passwordChange.current",
  "passwordChange.new",
  "passwordChange.submit",
  "register.passwordHint",
  "register.passwordRepeat",
] as const;
export const CODE_ACTION_TEXTS = ["secondFactor.code", "secondFactor.recoveryIntro"] as const;

export type ProfileFormKey = (typeof PROFILE_FORM_TEXTS)[number];
export type NotificationFormKey = (typeof NOTIFICATION_FORM_TEXTS)[number];
export type SignOutElsewhereKey = (typeof SIGN_OUT_ELSEWHERE_TEXTS)[number];
export type PasswordFormKey = (typeof PASSWORD_FORM_TEXTS)[number];
export type CodeActionKey = (typeof CODE_ACTION_TEXTS)[number];

/** Everything the account page's forms show. */
export const ACCOUNT_CLIENT_TEXTS = [
  ...PROFILE_FORM_TEXTS,
  ...NOTIFICATION_FORM_TEXTS,
  ...SIGN_OUT_ELSEWHERE_TEXTS,
  ...PASSWORD_FORM_TEXTS,
  ...CODE_ACTION_TEXTS,
];
