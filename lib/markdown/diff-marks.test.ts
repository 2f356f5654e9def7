import { describe, expect, it } from "vitest";
import { MARK_CLOSE as C, MARK_OPEN as O, markedMarkdown, rehypeDiffMarks, withoutMarks, type HastNode } from "./diff-marks";

const text = (value: string): HastNode => ({ type: "text", value });
const el = (tagName: string, ...children: HastNode[]): HastNode => ({ type: "element", tagName, properties: {}, children });
const marked = (value: string): HastNode => ({ type: "element", tagName: "mark", properties: { className: ["diff-mark"] }, children: [text(value)] });

describe("markedMarkdown", () => {
  it("wraps each differing run and leaves the rest as it is", () => {
    expect(
      markedMarkdown([
        { text: "how do I ", differs: false },
        { text: "turn on  2FA", differs: true },
        { text: "?", differs: false },
      ]),
    ).toBe(`how do I ${O}turn on  2FA${C}?`);
  });

  it("never puts a mark before the syntax that opens a line, and marks line by line", () => {
    expect(markedMarkdown([{ text: "# Title\n- item one\n1. step\n```js", differs: true }])).toBe(
      `# ${O}Title${C}\n- ${O}item one${C}\n1. ${O}step${C}\n\`\`\`js`,
    );
    expect(markedMarkdown([{ text: "| a | b |", differs: true }])).toBe(`| ${O}a | b${C} |`);
  });

  it("drops mark characters the text itself carries, so they cannot forge a mark", () => {
    expect(markedMarkdown([{ text: `x${O}y${C}`, differs: false }])).toBe("xy");
    expect(withoutMarks(`${O}a${C}`)).toBe("a");
  });
});

describe("rehypeDiffMarks", () => {
  it("turns the marked runs into <mark>, across elements such as emphasis", () => {
    const tree = el("root", el("p", text(`keep ${O}new `), el("strong", text(`bold${C} old`))));
    rehypeDiffMarks()(tree);
    expect(tree).toEqual(el("root", el("p", text("keep "), marked("new "), el("strong", marked("bold"), text(" old")))));
  });

  it("leaves a tree without marks alone", () => {
    const tree = el("root", el("p", text("plain")));
    rehypeDiffMarks()(tree);
    expect(tree).toEqual(el("root", el("p", text("plain"))));
  });
});
