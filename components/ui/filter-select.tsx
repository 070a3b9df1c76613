import { html, innerHtml } from "@/lib/html/markup";

/**
 * The options as one piece of escaped markup, with the chosen one selected: the audit view's "what" filter holds
 * 168 actions, and an element per option cost more than the rest of that form (see lib/html/markup.ts).
 */
function optionsMarkup(options: readonly { value: string; label: string }[], value: string, emptyLabel: string) {
  const option = (v: string, label: string) =>
    html`<option value="${v}" ${v === value ? html`selected=""` : ""}>${label}</option>`;
  return html`${option("", emptyLabel)}${options.map((o) => option(o.value, o.label))}`;
}

/** A labelled select in a GET filter form; the empty option means "no filter". */
export function FilterSelect({
  id,
  name = id,
  label,
  value,
  options,
  emptyLabel = "—",
}: {
  id: string;
  name?: string;
  label: string;
  value?: string;
  options: readonly { value: string; label: string }[];
  /** The text of the empty option, e.g. "Alle soorten". */
  emptyLabel?: string;
}) {
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        name={name}
        className="utrecht-select utrecht-select--html-select"
        dangerouslySetInnerHTML={innerHtml(optionsMarkup(options, value ?? "", emptyLabel))}
      />
    </div>
  );
}

/** A labelled text or date field in a GET filter form; empty means "no filter". */
export function FilterInput({
  id,
  label,
  value,
  type = "text",
  describedBy,
  maxLength,
}: {
  id: string;
  label: string;
  value?: string;
  type?: "text" | "date";
  describedBy?: string;
  maxLength?: number;
}) {
  const className = type === "text" ? "utrecht-textbox utrecht-textbox--html-input" : "utrecht-textbox";
  return (
    <div className="utrecht-form-field">
      <label className="utrecht-form-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        name={id}
        type={type}
        className={className}
        defaultValue={value}
        aria-describedby={describedBy}
        maxLength={maxLength}
      />
    </div>
  );
}
