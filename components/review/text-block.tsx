import Markdown from "react-markdown";
import remarkBreaks from "remark-breaks";
import remarkGfm from "remark-gfm";
import { remarkHtmlAsText } from "@/lib/markdown/html-as-text";
import { safeLinkUrl } from "@/lib/markdown/safe-link";
import { rehypeDiffMarks, withoutMarks } from "@/lib/markdown/diff-marks";
import { MARKDOWN_COMPONENTS } from "./markdown-parts";
import { cutText } from "@/lib/long-text/cut-text";
import { MARKDOWN_MAX_CHARS, SHOWN_CHARS } from "@/lib/long-text/limits";
import { isShortened, shownOf } from "@/lib/long-text/shortened-text";
import { formatCount } from "@/components/ui/format";

// Message text rendered as markdown (GFM tables, lists, code fences), since that is how
// the model's answers are meant to be read. Content comes from imported files and may
// hold HTML or script: raw HTML is turned into text before rendering, never markup,
// and link addresses are checked. Single line breaks are kept (remark-breaks): many messages are plain
// text whose lines matter. No hooks, so it renders on the server. Past MARKDOWN_MAX_CHARS
// the text is shown as it is: parsing megabytes of markdown took the server minutes.

const PLUGINS = [remarkGfm, remarkHtmlAsText, remarkBreaks];
const MARK_PLUGINS = [rehypeDiffMarks];
const urlTransform = (url: string) => safeLinkUrl(url) ?? "";

/** `marked`: the text carries diff marks (lib/markdown/diff-marks.ts), rendered as <mark>. */
export function TextBlock({ text, marked = false }: { text: string; marked?: boolean }) {
  if (text === "") return <p className="text-xs italic text-zinc-500">(empty)</p>;
  if (text.length > MARKDOWN_MAX_CHARS) {
    return (
      <div className="space-y-1">
        <div data-plain-text className="whitespace-pre-wrap break-words text-sm leading-relaxed text-zinc-800">
          {marked ? withoutMarks(text) : text}
        </div>
        <p className="text-xs text-zinc-500">Shown as plain text: markdown is rendered for texts up to {formatCount(MARKDOWN_MAX_CHARS)} characters.</p>
      </div>
    );
  }
  return (
    <div className="space-y-2 break-words text-sm leading-relaxed text-zinc-800">
      <Markdown remarkPlugins={PLUGINS} rehypePlugins={marked ? MARK_PLUGINS : undefined} components={MARKDOWN_COMPONENTS} urlTransform={urlTransform}>
        {text}
      </Markdown>
    </div>
  );
}

/** Text as it is, in a monospace block: tool arguments that are not JSON, an invalid line. */
export function CodeText({ text, className = "" }: { text: string; className?: string }) {
  return (
    <pre
      data-plain-text
      className={`max-h-[32rem] overflow-auto whitespace-pre-wrap break-all rounded-md border border-zinc-200 bg-white p-2.5 font-mono text-xs leading-5 text-zinc-800 ${className}`}
    >
      {text}
    </pre>
  );
}

/** A shortened text inside JSON shows its start and how much of it that is. */
const shortenedAsText = (_key: string, v: unknown) =>
  isShortened(v) ? `${v.$shortened.text}… [${shownOf(v.$shortened.text.length, v.$shortened.length)}]` : v;

/**
 * Pretty JSON in a scrollable block; used for tool arguments, schemas and extra values.
 * Cut at SHOWN_CHARS: a schema or value of megabytes stays in the record and the API.
 */
export function JsonBlock({ value, className = "" }: { value: unknown; className?: string }) {
  const pretty = JSON.stringify(value, shortenedAsText, 2) ?? "";
  const shown = cutText(pretty, SHOWN_CHARS);
  return (
    <div>
      <pre className={`overflow-x-auto rounded-md border border-zinc-200 bg-zinc-50 p-2.5 font-mono text-xs leading-5 text-zinc-800 ${className}`}>
        <code>{shown}</code>
      </pre>
      {shown.length < pretty.length ? (
        <p className="mt-1 text-xs text-zinc-500">{shownOf(shown.length, pretty.length)} of this JSON; the API returns all of it.</p>
      ) : null}
    </div>
  );
}
