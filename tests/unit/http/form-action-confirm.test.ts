import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { CONFIRM_FIELD, CONFIRM_VALUE, takeConfirmation } from "@/lib/http/confirmation";

const officer = {
  id: "00000000-0000-4000-8000-000000000001",
  name: "Inkoper",
  email: "inkoper@example.nl",
  role: "officer" as const,
  providerId: null,
  membershipStatus: null,
  councilId: null,
};

vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers()) }));
vi.mock("next/navigation", () => ({ redirect: vi.fn() }));
vi.mock("@/db/client", () => ({ getDb: () => Promise.resolve({}) }));
vi.mock("@/lib/auth/current-actor", () => ({ getCurrentActor: () => Promise.resolve(officer) }));
vi.mock("@/lib/audit/record", () => ({ recordAudit: vi.fn() }));
vi.mock("@/lib/log/request", () => ({ requestLog: () => Promise.resolve({ error: vi.fn() }) }));

const { formAction } = await import("@/lib/http/form-action");

describe("takeConfirmation", () => {
  it("takes the confirmation out of the values, so strict schemas never see it", () => {
    expect(takeConfirmation({ id: "1", [CONFIRM_FIELD]: CONFIRM_VALUE })).toEqual({
      confirmed: true,
      values: { id: "1" },
    });
  });
  it("counts only the exact value as a confirmation", () => {
    expect(takeConfirmation({ [CONFIRM_FIELD]: "1" }).confirmed).toBe(false);
    expect(takeConfirmation({ [CONFIRM_FIELD]: [CONFIRM_VALUE] }).confirmed).toBe(false);
    expect(takeConfirmation({}).confirmed).toBe(false);
  });
});

describe("a form action of an irreversible step", () => {
  const run = vi.fn(() => Promise.resolve({ message: "gedaan" }));
  const action = formAction({
    permission: "consultation.administer",
    schema: z.strictObject({ consultationId: z.uuid() }),
    confirm: true,
    run,
  });
  const form = (fields: Record<string, string>) => {
    const data = new FormData();
    for (const [k, v] of Object.entries(fields)) data.set(k, v);
    return data;
  };
  const id = "00000000-0000-4000-8000-000000000002";
  beforeEach(() => run.mockClear());

  it("refuses a direct post without the confirmation and changes nothing", async () => {
    const state = await action({ status: "idle" }, form({ consultationId: id }));
    expect(state.status).toBe("error");
    expect(state.message).toMatch(/niet terug te draaien/);
    expect(run).not.toHaveBeenCalled();
  });

  it("runs once confirmed, parsing the fields without the confirmation", async () => {
    const state = await action({ status: "idle" }, form({ consultationId: id, [CONFIRM_FIELD]: CONFIRM_VALUE }));
    expect(state).toMatchObject({ status: "success", message: "gedaan" });
    expect(run).toHaveBeenCalledWith(expect.anything(), { consultationId: id });
  });

  it("leaves an ordinary action alone: it needs no confirmation", async () => {
    const plain = formAction({
      permission: "consultation.administer",
      schema: z.strictObject({ consultationId: z.uuid() }),
      run,
    });
    expect((await plain({ status: "idle" }, form({ consultationId: id }))).status).toBe("success");
  });
});
