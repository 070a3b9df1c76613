import "server-only";
import type { Texts } from "./format";
import { messageTemplate } from "./templates";

/**
 * Picks the message templates a client component needs, on the server, so the browser gets those few
 * strings instead of the whole message file. An unknown key fails the render, so a typo shows at once.
 */
export function pickTexts(keys: readonly string[]): Texts {
  return Object.fromEntries(keys.map((key) => [key, template(key)]));
}

function template(key: string): string {
  const found = messageTemplate(key);
  if (found === undefined) throw new Error(`no message "${key}" in nl.json`);
  return found;
}
