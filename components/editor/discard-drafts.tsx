"use client";

import { useEffect } from "react";

/**
 * Removes browser-side drafts once the server confirmed a save on the page this renders on: every stored
 * key that starts with one of the prefixes goes, so the next form of the same kind starts from its own text.
 */
export function DiscardDrafts({ prefixes }: { prefixes: string[] }) {
  const joined = prefixes.join("\n");
  useEffect(() => {
    const wanted = joined.split("\n").filter(Boolean);
    const stored = Array.from({ length: window.localStorage.length }, (_, i) => window.localStorage.key(i));
    for (const key of stored) if (key && wanted.some((p) => key.startsWith(p))) window.localStorage.removeItem(key);
  }, [joined]);
  return null;
}
