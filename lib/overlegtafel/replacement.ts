import { t } from "@/lib/i18n";
import { drawKey } from "./draw";
import { byRotationThenDraw, isExcludedOn, seatedAtPreviousSession } from "./select-participants";
import type { SelectionInput } from "./types";

export type ReplacementProposal = { providerId: string; reason: string } | null;

/**
 * When an invited provider is excluded or withdraws: a provider of the same size class, from
 * the same sub-region first and otherwise from elsewhere in scope, by rotation and the draw.
 */
export function proposeReplacement(
  input: SelectionInput,
  leavingProviderId: string,
  invitedIds: ReadonlySet<string>,
): ReplacementProposal {
  const leaving = input.providers.find((p) => p.id === leavingProviderId);
  if (!leaving) return null;
  const inScope = new Map(input.subregions.map((s) => [s.id, s.name]));
  const candidates = input.providers
    .filter(
      (p) =>
        p.id !== leaving.id &&
        !invitedIds.has(p.id) &&
        p.sizeClass === leaving.sizeClass &&
        inScope.has(p.subregionId) &&
        !isExcludedOn(p, input.date),
    )
    .map((p) => ({ ...p, rotation: !seatedAtPreviousSession(p), key: drawKey(input.seed, p.id) }));
  const same = candidates.filter((p) => p.subregionId === leaving.subregionId).sort(byRotationThenDraw);
  const chosen = same[0] ?? candidates.sort(byRotationThenDraw)[0];
  if (!chosen) return null;
  const subregion = inScope.get(chosen.subregionId) ?? chosen.subregionId;
  return {
    providerId: chosen.id,
    reason: t(same[0] ? "overlegtafel.replacement_sameSubregion" : "overlegtafel.replacement_otherSubregion", {
      subregion,
    }),
  };
}
