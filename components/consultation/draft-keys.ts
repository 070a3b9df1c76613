/**
 * Browser-side draft keys of the consultation forms: one per consultation being edited, one per instance of
 * the form for a new consultation (each visit of that form has its own instance id in its address), so one
 * consultation's unsaved introduction never turns up in the next one.
 */
export const newIntroductionDraftPrefix = (trajectoryId: string) => `consultatie-inleiding:${trajectoryId}:`;
export const newIntroductionDraftKey = (trajectoryId: string, instance: string) =>
  `${newIntroductionDraftPrefix(trajectoryId)}${instance}`;
export const editIntroductionDraftKey = (consultationId: string) => `consultatie-wijzigen:${consultationId}`;
export const feedbackDraftKey = (consultationId: string) => `terugkoppeling:${consultationId}`;
