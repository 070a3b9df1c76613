// The shapes the trajectory pages pass to their components, which may not import db/ themselves.
export type { TrajectoryDetail, TrajectorySummary } from "@/db/queries/trajectories";
