import type { ReactNode } from "react";
import { TextsProvider } from "@/lib/i18n/client";
import { pickTexts } from "@/lib/i18n/texts";

/** Gives the client components below exactly these message keys (see lib/i18n/client.tsx). */
export function ClientTexts({ keys, children }: { keys: readonly string[]; children?: ReactNode }) {
  return <TextsProvider texts={pickTexts(keys)}>{children}</TextsProvider>;
}
