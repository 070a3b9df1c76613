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
      <select id={id} name={name} className="utrecht-select utrecht-select--html-select" defaultValue={value ?? ""}>
        <option value="">{emptyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
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
