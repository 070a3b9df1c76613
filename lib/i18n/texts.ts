import "server-only";
import nl from "./messages/nl.json";
import type { Texts } from "./format";

/**
 * Picks the message templates a client component needs, on the server, so the browser gets those few
 * strings instead of the whole message file. An unknown key fails the render, so a typo shows at once.
 */
export function pickTexts(keys: readonly string[]): Texts {
  return Object.fromEntries(keys.map((key) => [key, template(key)]));
}

function template(key: string): string {
  let node: unknown = nl;
  for (const part of key.split(".")) {
    node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== "string") throw new Error(`no message "${key}" in nl.json`);
  return node;
}
