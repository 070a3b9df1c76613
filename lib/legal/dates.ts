/** When the statements were last revised: change these with their text. */
export const PRIVACY_UPDATED_ON = "2026-12-01";
export const ACCESSIBILITY_UPDATED_ON = "2026-12-01";
