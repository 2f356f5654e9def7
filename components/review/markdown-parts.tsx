import type { ComponentPropsWithoutRef, ElementType, JSX } from "react";
import type { Components, ExtraProps } from "react-markdown";
import { isExternalLink, safeLinkUrl } from "@/lib/markdown/safe-link";

// How each markdown element of a message looks. Headings move down two levels, so a
// message's "# Title" sits under the page's own headings instead of competing with
// them; images are never loaded (an imported file must not make the browser fetch
// anything) and show as their address; links open in a new tab and pass nothing on.

type Props<T extends ElementType> = ComponentPropsWithoutRef<T> & ExtraProps;
type HastNode = { type: string; value?: string; tagName?: string; properties?: Record<string, unknown>; children?: HastNode[] };

const textOf = (node: HastNode | undefined): string => (node ? (node.value ?? "") + (node.children ?? []).map(textOf).join("") : "");

const HEADING_SIZES = ["text-base", "text-[15px]", "text-sm", "text-sm", "text-sm", "text-sm"];

function heading(level: number) {
  const Tag = `h${Math.min(6, level + 2)}` as "h3";
  return function Heading({ node: _node, ...props }: Props<"h3">) {
    return <Tag {...props} className={`mt-3 font-semibold text-zinc-900 first:mt-0 ${HEADING_SIZES[level - 1]}`} />;
  };
}

function CodeBlock({ node }: Props<"pre">) {
  const code = (node as HastNode | undefined)?.children?.find((c) => c.tagName === "code");
  const classes = (code?.properties?.className as string[] | undefined) ?? [];
  const lang = classes.find((c) => c.startsWith("language-"))?.slice("language-".length);
  return (
    <figure className="overflow-hidden rounded-md border border-zinc-800 bg-zinc-900">
      {lang ? <figcaption className="border-b border-zinc-700 px-3 py-1 font-mono text-[11px] text-zinc-500">{lang}</figcaption> : null}
      <pre tabIndex={0} className="max-h-[32rem] overflow-auto p-3 font-mono text-xs leading-5 text-zinc-100">
        <code>{textOf(code).replace(/\n$/, "")}</code>
      </pre>
    </figure>
  );
}

function Link({ node: _node, href, children, ...props }: Props<"a">) {
  const safe = href ? safeLinkUrl(href) : null;
  if (!safe)
    return (
      <span className="underline decoration-dotted" title="Not a web link, so not clickable">
        {children}
      </span>
    );
  const external = isExternalLink(safe);
  return (
    <a
      {...props}
      href={safe}
      title={external ? safe : undefined}
      target={external ? "_blank" : undefined}
      rel={external ? "noopener noreferrer nofollow" : undefined}
      className="break-words text-indigo-700 underline decoration-indigo-300 hover:decoration-indigo-700"
    >
      {children}
    </a>
  );
}

function Image({ src, alt }: Props<"img">) {
  return (
    <span className="rounded bg-zinc-100 px-1 font-mono text-xs text-zinc-600">
      [image{alt ? `: ${alt}` : ""}] {typeof src === "string" ? src : ""}
    </span>
  );
}

const styled = <T extends keyof JSX.IntrinsicElements>(Tag: T, className: string) =>
  function Styled({ node: _node, ...props }: Props<T>) {
    const Element = Tag as ElementType;
    return <Element {...props} className={className} />;
  };

export const MARKDOWN_COMPONENTS: Components = {
  h1: heading(1),
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  h5: heading(5),
  h6: heading(6),
  pre: CodeBlock,
  a: Link,
  img: Image,
  p: styled("p", "break-words"),
  ul: styled("ul", "list-disc space-y-0.5 pl-5"),
  ol: styled("ol", "list-decimal space-y-0.5 pl-5"),
  blockquote: styled("blockquote", "border-l-2 border-zinc-300 pl-3 text-zinc-600"),
  hr: styled("hr", "border-zinc-200"),
  code: styled("code", "rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.85em] text-zinc-900"),
  // Words a duplicate has and its keeper lacks (lib/markdown/diff-marks.ts).
  mark: styled("mark", "rounded-sm bg-amber-200/80 text-inherit"),
  table: function Table({ node: _node, ...props }: Props<"table">) {
    return (
      <div className="overflow-x-auto">
        <table {...props} className="min-w-full border-collapse text-xs" />
      </div>
    );
  },
  th: styled("th", "border border-zinc-200 bg-zinc-50 px-2 py-1 text-left font-semibold"),
  td: styled("td", "border border-zinc-200 px-2 py-1 align-top"),
};
