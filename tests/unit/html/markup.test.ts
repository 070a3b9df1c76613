import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { html, innerHtml, Markup } from "@/lib/html/markup";

/** Parses markup as a browser would, inside a table body where the rows of this project's tables go. */
function parse(markup: Markup) {
  const document = new Window().document;
  document.body.innerHTML = markup.html;
  return document.body;
}

const HOSTILE = [
  `<script>alert("x")</script>`,
  `" onmouseover="alert(1)`,
  `' onfocus='alert(1)`,
  "a & b &amp; c &lt;",
  "</td></tr><tr><td>",
  "<!-- -->",
  "`${x}`",
  "",
];

describe("html", () => {
  it("reads back every hostile value as text, never as markup, in text and in a double-quoted attribute", () => {
    for (const value of HOSTILE) {
      const body = parse(html`<p title="${value}" data-x="${value}">${value}</p>`);
      expect(body.children).toHaveLength(1);
      const p = body.children[0]!;
      expect(p.tagName).toBe("P");
      expect(p.getAttribute("title")).toBe(value);
      expect(p.getAttribute("data-x")).toBe(value);
      expect(p.getAttributeNames()).toEqual(["title", "data-x"]);
      expect(p.textContent).toBe(value);
      expect(body.querySelector("script")).toBeNull();
    }
  });

  it("escapes exactly the characters that could open a tag, an entity or leave an attribute", () => {
    expect(html`${`<a href="x">'&'</a>`}`.html).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(html`${"Zaanstad — één €"}`.html).toBe("Zaanstad — één €");
  });

  it("keeps the template's own markup and nested markup, joins lists and leaves out what is absent", () => {
    // Under another name, so that the formatter leaves the exact strings compared here as they are.
    const exact = html;
    const item = (s: string) => exact`<li>${s}</li>`;
    expect(exact`<ul>${["a", "<b>"].map(item)}</ul>`.html).toBe("<ul><li>a</li><li>&lt;b&gt;</li></ul>");
    expect(exact`<p>${null}${undefined}${false}${0}${12.5}</p>`.html).toBe("<p>012.5</p>");
    expect(exact`<p>${[[exact`<i>x</i>`], "y"]}</p>`.html).toBe("<p><i>x</i>y</p>");
    expect(exact``.html).toBe("");
  });

  it("gives React only markup built by html", () => {
    expect(innerHtml(html`<td>${"<b>"}</td>`)).toEqual({ __html: "<td>&lt;b&gt;</td>" });
    expect(html`${"x"}`).toBeInstanceOf(Markup);
  });

  it("drops the line breaks and indentation that lay a template out, at tags, and keeps one space between words", () => {
    const exact = html;
    const row = (name: string) => exact`<tr>
        <td>${name}</td>
        <td>
          ${`  two\n  lines  `}
        </td>
      </tr>`;
    expect(row("a").html).toBe("<tr><td>a</td><td>  two\n  lines  </td></tr>");
    expect(row("b").html).toBe("<tr><td>b</td><td>  two\n  lines  </td></tr>");
    expect(
      exact`<p>een
      twee ${"drie"}
      vier</p>`.html,
    ).toBe("<p>een twee drie vier</p>");
    expect(exact`<p>${"a"} <b>${"b"}</b> ${"c"}</p>`.html).toBe("<p>a <b>b</b> c</p>");
    expect(exact`<p>x\r\n  <i>y</i></p>`.html).toBe("<p>x<i>y</i></p>");
  });
});
