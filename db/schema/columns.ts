import { customType } from "drizzle-orm/pg-core";

/** Binary file content (uploaded documents, letters). */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });
