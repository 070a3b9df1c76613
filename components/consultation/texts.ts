// The message keys of the consultation page's client forms, picked on the server by that page.
export const RESPONSE_FORM_TEXTS = [
  "consultation.autosaveHint",
  "consultation.required",
  "consultation.sensitive",
  "consultation.saveDraft",
  "consultation.resubmit",
  "consultation.submit",
] as const;
export const ATTACHMENT_UPLOAD_TEXTS = ["attachments.upload", "attachments.file", "attachments.hint"] as const;
export const COMMENT_EDIT_TEXTS = [
  "moderation.edit",
  "moderation.editLabel",
  "moderation.editHint",
  "moderation.saveEdit",
] as const;

export type ResponseFormKey = (typeof RESPONSE_FORM_TEXTS)[number];
export type AttachmentUploadKey = (typeof ATTACHMENT_UPLOAD_TEXTS)[number];
export type CommentEditKey = (typeof COMMENT_EDIT_TEXTS)[number];

export const CONSULTATION_CLIENT_TEXTS = [
  ...RESPONSE_FORM_TEXTS,
  ...ATTACHMENT_UPLOAD_TEXTS,
  ...COMMENT_EDIT_TEXTS,
] as const;
