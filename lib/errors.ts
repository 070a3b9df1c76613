/** Errors the domain raises; the action and route wrappers map them to Dutch messages or status codes. */
export class NotFoundError extends Error {
  constructor(what = "resource") {
    super(`${what} not found`);
  }
}

export class ForbiddenError extends Error {
  constructor(action = "action") {
    super(`${action} forbidden`);
  }
}

/** A rule of the domain refused the request; `userMessage` is safe to show. */
export class DomainRuleError extends Error {
  constructor(
    readonly userMessage: string,
    readonly field?: string,
  ) {
    super(userMessage);
  }
}

/** Input that only the domain can judge (e.g. answers against the questions); messages per field. */
export class InputError extends Error {
  constructor(readonly fieldErrors: Record<string, string[]>) {
    super("invalid input");
  }
}

/** Collects a request's field problems the domain finds, so a form shows all of them at once. */
export class FieldProblems {
  readonly errors: Record<string, string[]> = {};

  add(field: string, message: string): void {
    (this.errors[field] ??= []).push(message);
  }

  get any(): boolean {
    return Object.keys(this.errors).length > 0;
  }

  throwIfAny(): void {
    if (this.any) throw new InputError(this.errors);
  }
}
