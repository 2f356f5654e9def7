import { describe, expect, it } from "vitest";
import { remarkHtmlAsText, type MdNode } from "./html-as-text";

describe("remarkHtmlAsText", () => {
  it("turns block HTML into a paragraph of text and inline HTML into text", () => {
    const tree: MdNode = {
      type: "root",
      children: [
        { type: "html", value: "<script>alert(1)</script>" },
        {
          type: "paragraph",
          children: [
            { type: "text", value: "a " },
            { type: "html", value: "<b>" },
            { type: "text", value: "b" },
          ],
        },
        { type: "list", children: [{ type: "listItem", children: [{ type: "html", value: "<img src=x>" }] }] },
      ],
    };
    remarkHtmlAsText()(tree);
    expect(tree.children).toEqual([
      { type: "paragraph", children: [{ type: "text", value: "<script>alert(1)</script>" }] },
      {
        type: "paragraph",
        children: [
          { type: "text", value: "a " },
          { type: "text", value: "<b>" },
          { type: "text", value: "b" },
        ],
      },
      { type: "list", children: [{ type: "listItem", children: [{ type: "paragraph", children: [{ type: "text", value: "<img src=x>" }] }] }] },
    ]);
  });
});
