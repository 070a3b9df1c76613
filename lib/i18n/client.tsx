"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import { translator, type Texts, type Translate } from "./format";

// Client components read their texts from here, never from the message file: the server picks them
// (components/ui/client-texts.tsx), so a page ships only the strings its interactive parts show.
const TextsContext = createContext<Texts>({});

/** Adds texts for the client components below; texts given further up stay available. */
export function TextsProvider({ texts, children }: { texts: Texts; children: ReactNode }) {
  const outer = useContext(TextsContext);
  const merged = useMemo(() => ({ ...outer, ...texts }), [outer, texts]);
  return <TextsContext value={merged}>{children}</TextsContext>;
}

/**
 * The translator of a client component, typed to the keys its text list names (e.g.
 * `useT<ConfirmSubmitKey>()`), so using a key the server does not pick fails the type check.
 */
export function useT<K extends string>(): Translate<K> {
  const texts = useContext(TextsContext);
  return useMemo(() => translator<K>(texts), [texts]);
}
