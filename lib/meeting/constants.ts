export const MEETING_KINDS = ["one_to_one", "plenary", "table"] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const ATTENDANCE = ["present", "absent_with_reason", "absent_without_reason"] as const;
export type Attendance = (typeof ATTENDANCE)[number];
