/** The three independent settings of a market consultation (Handreiking Dialoog §7). */
export const OPENNESS = ["open", "closed"] as const;
export const FORMS = ["written", "oral"] as const;
export const INTERACTION = ["interactive", "non_interactive"] as const;
export const AUDIENCES = ["providers", "residents", "both"] as const;

export type Openness = (typeof OPENNESS)[number];
export type ConsultationForm = (typeof FORMS)[number];
export type Interaction = (typeof INTERACTION)[number];
export type Audience = (typeof AUDIENCES)[number];

/** Stored states; "open" and "closed" also follow from the clock once published. */
export const CONSULTATION_STATES = ["draft", "published", "open", "closed", "feedback_published"] as const;
export type ConsultationState = (typeof CONSULTATION_STATES)[number];

/** The longest answer to one question; kept here, free of the server's texts, for the response form's counter. */
export const MAX_ANSWER_LENGTH = 10_000;
