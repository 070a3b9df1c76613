import StarterKit from "@tiptap/starter-kit";
import { Redaction, RedactionLabel } from "./redaction-marks";

/**
 * One extension set for the editor and for server rendering, so that what is stored can
 * always be rendered. Code and code blocks are left out: minutes and notes do not need them.
 */
export const richTextExtensions = [
  StarterKit.configure({
    code: false,
    codeBlock: false,
    heading: { levels: [2, 3] },
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ["http", "https", "mailto"],
      HTMLAttributes: { rel: "noopener noreferrer nofollow", target: null },
    },
  }),
];

/** Minutes add the redaction mark (working copy) and the label mark (published copy). */
export const minutesExtensions = [...richTextExtensions, Redaction, RedactionLabel];
