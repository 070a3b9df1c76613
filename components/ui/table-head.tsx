import type { ReactNode } from "react";

/** The header row of a data table; a column given as null or false is left out. */
export function TableHead({ columns }: { columns: Array<ReactNode | null | false> }) {
  return (
    <thead className="utrecht-table__header">
      <tr className="utrecht-table__row">
        {columns
          .filter((c) => c !== null && c !== false)
          .map((label, i) => (
            <th key={i} className="utrecht-table__header-cell" scope="col">
              {label}
            </th>
          ))}
      </tr>
    </thead>
  );
}
