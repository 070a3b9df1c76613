import { Mark, mergeAttributes } from "@tiptap/core";
import { REDACTION_LABELS, isRedactionGround } from "@/lib/redaction/grounds";

/**
 * A passage an officer has marked for redaction, with its Woo ground. It lives only in the working
 * copy of minutes; published copies replace it by a label (see lib/redaction/apply.ts).
 */
export const Redaction = Mark.create({
  name: "redaction",
  inclusive: false,
  addAttributes() {
    return {
      ground: { default: null, parseHTML: (el) => el.getAttribute("data-ground") },
      reason: { default: null, parseHTML: (el) => el.getAttribute("data-reason") },
    };
  },
  parseHTML() {
    return [{ tag: "span[data-redaction]" }];
  },
  renderHTML({ HTMLAttributes }) {
    const ground = HTMLAttributes.ground as unknown;
    return [
      "span",
      mergeAttributes({
        "data-redaction": "",
        "data-ground": isRedactionGround(ground) ? ground : "",
        class: "inkoop-redaction",
        title: isRedactionGround(ground) ? REDACTION_LABELS[ground] : "",
      }),
      0,
    ];
  },
});

/** The fixed label that stands in for a redacted passage in a published copy. */
export const RedactionLabel = Mark.create({
  name: "redactionLabel",
  inclusive: false,
  parseHTML() {
    return [{ tag: "span.inkoop-redaction-label" }];
  },
  renderHTML() {
    return ["span", { class: "inkoop-redaction-label" }, 0];
  },
});
