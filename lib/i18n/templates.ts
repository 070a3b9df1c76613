import nl from "./messages/nl.json";

/** Every message of the file by its full key ("phase.analysis"), nested sections flattened. */
function flatten(node: unknown, prefix: string, into: Map<string, string>): Map<string, string> {
  if (typeof node === "string") into.set(prefix, node);
  else if (node && typeof node === "object")
    for (const [k, v] of Object.entries(node)) flatten(v, prefix ? `${prefix}.${k}` : k, into);
  return into;
}
const templates = flatten(nl, "", new Map());

/** The ICU template of a message key as the file holds it, or undefined for a key it does not have. */
export const messageTemplate = (key: string): string | undefined => templates.get(key);
