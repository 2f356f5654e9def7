// The words a duplicate's copy has and its keeper lacks, marked inside the rendered
// markdown. The compared parts are joined back into the text with private-use
// characters around each marked run; after markdown has been parsed, a rehype step
// turns what lies between them into <mark> elements, even where a run crosses
// emphasis, a link or a table cell. The characters sit only around whole words, never
// before the syntax that opens a line (a heading's "#", a list's "-", a fence), so the
// text renders exactly as it does unmarked.

export const MARK_OPEN = "\uE000";
export const MARK_CLOSE = "\uE001";
const SENTINELS = /[\uE000\uE001]/g;

// Tokens that are markdown syntax at a line's start or a table's cell border.
const SYNTAX = /^(#{1,6}|[-*+>|]|\d{1,9}[.)]|[`~]{3,}.*|[-=*_]{3,})$/;

/** One line's tokens with the marked run wrapped, leaving out syntax and spacing at its ends. */
function markLine(line: string): string {
  const tokens = line.split(/(\s+)/);
  const words = (t: string) => t.trim() !== "" && !SYNTAX.test(t);
  const first = tokens.findIndex(words);
  if (first < 0) return line;
  const last = tokens.findLastIndex(words);
  return tokens.slice(0, first).join("") + MARK_OPEN + tokens.slice(first, last + 1).join("") + MARK_CLOSE + tokens.slice(last + 1).join("");
}

/** The text of the parts as markdown, each differing run between the mark characters (line by line). */
export function markedMarkdown(parts: readonly { text: string; differs: boolean }[]): string {
  return parts
    .map(({ text, differs }) => {
      const clean = text.replace(SENTINELS, "");
      return differs ? clean.split("\n").map(markLine).join("\n") : clean;
    })
    .join("");
}

export type HastNode = { type: string; value?: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

const mark = (value: string): HastNode => ({ type: "element", tagName: "mark", properties: { className: ["diff-mark"] }, children: [{ type: "text", value }] });

function splitText(value: string, state: { open: boolean }): HastNode[] {
  const out: HastNode[] = [];
  let run = "";
  const flush = () => {
    if (run) out.push(state.open ? mark(run) : { type: "text", value: run });
    run = "";
  };
  for (const ch of value) {
    if (ch === MARK_OPEN || ch === MARK_CLOSE) {
      flush();
      state.open = ch === MARK_OPEN;
    } else run += ch;
  }
  flush();
  return out;
}

function walk(node: HastNode, state: { open: boolean }) {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === "text") return splitText(child.value ?? "", state);
    walk(child, state);
    return [child];
  });
}

/** The rehype plugin: `rehypePlugins={[rehypeDiffMarks]}`. */
export function rehypeDiffMarks() {
  return (tree: HastNode) => walk(tree, { open: false });
}

/** The text with the mark characters taken out (where it is shown as plain text). */
export const withoutMarks = (text: string) => text.replace(SENTINELS, "");
