import Markdown from "react-markdown";
import remarkBreaks from "remark-breaks";
import remarkGfm from "remark-gfm";
import { remarkHtmlAsText } from "@/lib/markdown/html-as-text";
import { safeLinkUrl } from "@/lib/markdown/safe-link";
import { MARKDOWN_COMPONENTS } from "./markdown-parts";

// Message text rendered as markdown (GFM tables, lists, code fences), since that is how
// the model's answers are meant to be read. Content comes from imported files and may
// hold HTML or script: raw HTML is turned into text before rendering, never markup,
// and link addresses are checked. Single line breaks are kept (remark-breaks): many messages are plain
// text whose lines matter. No hooks, so it renders on the server.

const PLUGINS = [remarkGfm, remarkHtmlAsText, remarkBreaks];
const urlTransform = (url: string) => safeLinkUrl(url) ?? "";

export function TextBlock({ text }: { text: string }) {
  if (text === "") return <p className="text-xs italic text-zinc-400">(empty)</p>;
  return (
    <div className="space-y-2 break-words text-sm leading-relaxed text-zinc-800">
      <Markdown remarkPlugins={PLUGINS} components={MARKDOWN_COMPONENTS} urlTransform={urlTransform}>
        {text}
      </Markdown>
    </div>
  );
}

/** Pretty JSON in a scrollable block; used for tool arguments, schemas and extra values. */
export function JsonBlock({ value, className = "" }: { value: unknown; className?: string }) {
  return (
    <pre className={`overflow-x-auto rounded-md border border-zinc-200 bg-zinc-50 p-2.5 font-mono text-xs leading-5 text-zinc-800 ${className}`}>
      <code>{JSON.stringify(value, null, 2)}</code>
    </pre>
  );
}
