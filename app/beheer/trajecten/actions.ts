"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/http/form-action";
import type { FormState } from "@/lib/http/form-state";
import { t } from "@/lib/i18n";
import { parseRichTextField } from "@/lib/rich-text/schema";
import { DomainRuleError } from "@/lib/errors";
import { savePhaseNotes, uploadPhaseDocument } from "@/lib/trajectory/phase-records";
import {
  documentUploadInput,
  phaseMoveInput,
  phaseNotesInput,
  TRAJECTORY_ARRAY_FIELDS,
  trajectoryInput,
} from "@/lib/trajectory/validation";
import { phaseIndex } from "@/lib/trajectory/phase-machine";
import { createTrajectory, moveTrajectoryPhase, updateTrajectory } from "@/lib/trajectory/writes";

export const createTrajectoryAction = formAction({
  permission: "trajectory.create",
  schema: trajectoryInput,
  arrayFields: TRAJECTORY_ARRAY_FIELDS,
  run: async (ctx, input) => {
    const { id } = await createTrajectory(ctx, input);
    return { redirectTo: `/beheer/trajecten/${id}` };
  },
});

export async function updateTrajectoryAction(
  trajectoryId: string,
  previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const id = z.uuid().parse(trajectoryId);
  return formAction({
    permission: "trajectory.update",
    schema: trajectoryInput,
    arrayFields: TRAJECTORY_ARRAY_FIELDS,
    run: async (ctx, input) => {
      await updateTrajectory(ctx, id, input);
      return { redirectTo: `/beheer/trajecten/${id}?opgeslagen=1` };
    },
  })(previous, formData);
}

/** Back to an earlier phase: a reason is required, and the move can be undone by going forward again. */
export const movePhaseAction = formAction({
  permission: "trajectory.move_phase",
  schema: phaseMoveInput,
  run: async (ctx, input) => {
    // Forward is not undone as simply: it goes through the confirmed action below.
    if (phaseIndex(input.to) > phaseIndex(input.from)) throw new DomainRuleError(t("errors.confirmationRequired"));
    await moveTrajectoryPhase(ctx, input);
    revalidatePath(`/beheer/trajecten/${input.trajectoryId}`);
    return { message: t("move.done") };
  },
});

export const movePhaseForwardAction = formAction({
  permission: "trajectory.move_phase",
  schema: phaseMoveInput,
  confirm: true,
  run: async (ctx, input) => {
    await moveTrajectoryPhase(ctx, input);
    revalidatePath(`/beheer/trajecten/${input.trajectoryId}`);
    return { message: t("move.done") };
  },
});

export const savePhaseNotesAction = formAction({
  permission: "trajectory.edit_notes",
  schema: phaseNotesInput,
  run: async (ctx, input) => {
    const notes = parseRichTextField(input.notes);
    if (!notes.success) throw new DomainRuleError(notes.error.issues[0]?.message ?? t("errors.unexpected"), "notes");
    await savePhaseNotes(ctx, { trajectoryId: input.trajectoryId, phase: input.phase, notes: notes.data });
    return { message: t("notes.saved") };
  },
});

export const uploadDocumentAction = formAction({
  permission: "document.upload",
  schema: documentUploadInput,
  extra: (formData) => ({ file: formData.get("file") ?? undefined }),
  run: async (ctx, input) => {
    await uploadPhaseDocument(ctx, { ...input, isPublic: input.isPublic === "on" });
    revalidatePath(
      input.consultationId
        ? `/beheer/consultaties/${input.consultationId}`
        : `/beheer/trajecten/${input.trajectoryId}/fase/${input.phase}`,
    );
    return { message: t("upload.done") };
  },
});
