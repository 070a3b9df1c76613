import { hash } from "node:crypto";

/**
 * The draw among equal candidates: order by SHA-256 of "<seed>:<providerId>" in hex. Anyone
 * with the recorded seed can recompute it with standard tools, and the same seed always
 * gives the same order.
 */
export function drawKey(seed: string, providerId: string): string {
  return hash("sha256", `${seed}:${providerId}`, "hex");
}
