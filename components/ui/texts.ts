// The message keys of the shared client components, picked on the server for every page by the root layout
// (a client module cannot export these: a server component importing them would get a client reference).
export const CONFIRM_SUBMIT_TEXTS = ["confirm.cancel"] as const;
export const ERROR_SUMMARY_TEXTS = ["errors.summaryFields"] as const;
export const LENGTH_COUNTER_TEXTS = ["errors.counterLeft", "errors.counterOver"] as const;
export const ERROR_PAGE_TEXTS = ["errorPage.title", "errorPage.body", "errorPage.retry"] as const;

export type ConfirmSubmitKey = (typeof CONFIRM_SUBMIT_TEXTS)[number];
export type ErrorSummaryKey = (typeof ERROR_SUMMARY_TEXTS)[number];
export type LengthCounterKey = (typeof LENGTH_COUNTER_TEXTS)[number];
export type ErrorPageKey = (typeof ERROR_PAGE_TEXTS)[number];

export const SHARED_CLIENT_TEXTS = [
  ...CONFIRM_SUBMIT_TEXTS,
  ...ERROR_SUMMARY_TEXTS,
  ...LENGTH_COUNTER_TEXTS,
  ...ERROR_PAGE_TEXTS,
] as const;
