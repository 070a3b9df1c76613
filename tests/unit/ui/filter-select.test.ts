import { describe, expect, it } from "vitest";
import { renderedDocument } from "@/tests/helpers/rendered-document";
import { FilterSelect } from "@/components/ui/filter-select";

const OPTIONS = [
  { value: "small", label: "Klein" },
  { value: `"><script>x</script>`, label: `Groot & <b>duur</b>` },
];

function select(value: string | undefined, emptyLabel?: string) {
  const props = { id: "f-grootte", name: "grootte", label: "Omvang", value, options: OPTIONS, emptyLabel };
  const document = renderedDocument(FilterSelect, props);
  return document.querySelector("select")!;
}

/** The values of the options a browser selects when it loads the page (those with the attribute). */
const chosen = (s: ReturnType<typeof select>) =>
  [...s.options].filter((o) => o.hasAttribute("selected")).map((o) => o.value);

describe("FilterSelect", () => {
  it("offers no filter first, then every option as text, with its label tied to the select", () => {
    const s = select(undefined, "Alle omvangen");
    expect(s.id).toBe("f-grootte");
    expect(s.name).toBe("grootte");
    expect(s.ownerDocument.querySelector("label")!.getAttribute("for")).toBe("f-grootte");
    expect([...s.options].map((o) => [o.value, o.textContent])).toEqual([
      ["", "Alle omvangen"],
      ["small", "Klein"],
      [`"><script>x</script>`, "Groot & <b>duur</b>"],
    ]);
    expect(s.ownerDocument.querySelector("script, b")).toBeNull();
    expect(chosen(s)).toEqual([""]);
  });

  it("keeps the chosen value selected, whatever characters it holds", () => {
    expect(chosen(select("small"))).toEqual(["small"]);
    expect(chosen(select(OPTIONS[1]!.value))).toEqual([OPTIONS[1]!.value]);
  });

  it("shows no filter for a value it does not offer, and a dash without an empty label", () => {
    const s = select("unknown");
    expect(chosen(s)).toEqual([]);
    expect(s.options[0]!.textContent).toBe("—");
  });
});
