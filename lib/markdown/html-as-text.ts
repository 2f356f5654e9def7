// Raw HTML in an imported message is shown as the text it is, never as markup. This
// remark step turns every HTML node into a text node before anything renders it, so
// no later step can let it through; HTML that stood as a block of its own becomes a
// paragraph, so its line breaks are kept like any other text's.

export type MdNode = { type: string; value?: string; children?: MdNode[] };

// Parents whose children are blocks (flow content) in mdast; everywhere else HTML is inline.
const FLOW = new Set(["root", "blockquote", "listItem", "footnoteDefinition"]);

function convert(node: MdNode): void {
  if (!node.children) return;
  const flow = FLOW.has(node.type);
  node.children = node.children.map((child) => {
    if (child.type !== "html") {
      convert(child);
      return child;
    }
    const text: MdNode = { type: "text", value: child.value ?? "" };
    return flow ? { type: "paragraph", children: [text] } : text;
  });
}

/** The remark plugin: `remarkPlugins={[remarkHtmlAsText, ...]}`, before remark-breaks. */
export function remarkHtmlAsText() {
  return (tree: MdNode) => convert(tree);
}
