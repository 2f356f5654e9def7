import { Badge } from "@/components/ui/badge";
import { formatBytes } from "@/components/ui/format";
import { isShortened, shownText } from "@/lib/long-text/shortened-text";
import { LongText } from "./long-text";
import { TextBlock } from "./text-block";

// A message's content: a string, or an array of typed parts. Media is never loaded:
// an image shows its URL as text (a link only for http/https, never javascript: or
// data:), audio and files show what they are and how big. A text the page sent
// shortened shows its start with "Show all".

type Part = { type?: unknown; [key: string]: unknown };

export function MessageContent({ content }: { content: unknown }) {
  if (content === null || content === undefined) return null;
  if (typeof content === "string") return <TextBlock text={content} />;
  if (isShortened(content)) return <LongText value={content} />;
  if (!Array.isArray(content)) return <TextBlock text={JSON.stringify(content)} />;
  return (
    <div className="space-y-2">
      {content.map((part: Part, i) => (
        <ContentPart key={i} part={part} />
      ))}
    </div>
  );
}

function ContentPart({ part }: { part: Part }) {
  switch (part.type) {
    case "text":
      return <Text value={part.text} />;
    case "refusal":
      return (
        <div className="rounded-md border border-amber-200 bg-amber-50 p-2">
          <Badge tone="amber">Refusal</Badge>
          <div className="mt-1">
            <Text value={part.refusal} />
          </div>
        </div>
      );
    case "image_url": {
      const image = (part.image_url ?? {}) as { url?: unknown; detail?: unknown };
      const url = shownText(image.url);
      return <MediaBox label="Image" detail={image.detail ? `detail: ${String(image.detail)}` : undefined} url={url.text} length={url.length} />;
    }
    case "input_audio": {
      const audio = (part.input_audio ?? {}) as { data?: unknown; format?: unknown };
      const size = typeof audio.data === "string" || isShortened(audio.data) ? formatBytes(Math.floor((shownText(audio.data).length * 3) / 4)) : undefined;
      return <MediaBox label="Audio" detail={[String(audio.format ?? "?"), size].filter(Boolean).join(", ")} />;
    }
    case "file": {
      const file = (part.file ?? {}) as { filename?: unknown; file_id?: unknown; file_data?: unknown };
      const name = file.filename ? String(file.filename) : file.file_id ? `file ${String(file.file_id)}` : "inline file";
      return <MediaBox label="File" detail={name} />;
    }
    default:
      return <TextBlock text={JSON.stringify(part)} />;
  }
}

function Text({ value }: { value: unknown }) {
  return isShortened(value) ? <LongText value={value} /> : <TextBlock text={String(value ?? "")} />;
}

function MediaBox({ label, detail, url, length }: { label: string; detail?: string; url?: string; length?: number }) {
  const isData = url?.startsWith("data:");
  // A shortened address is not a whole link.
  const linkable = url !== undefined && length === url.length && /^https?:\/\//i.test(url);
  const shown = isData ? `${url!.slice(0, 40)}… (${formatBytes(length ?? url!.length)} inline)` : url;
  return (
    <div className="flex items-start gap-3 rounded-md border border-zinc-200 bg-zinc-50 p-2">
      <div aria-hidden className="grid size-10 shrink-0 place-items-center rounded bg-zinc-200 text-[10px] font-medium uppercase text-zinc-500">
        {label}
      </div>
      <div className="min-w-0 text-xs">
        <p className="font-medium text-zinc-700">
          {label}
          {detail ? <span className="font-normal text-zinc-500"> · {detail}</span> : null}
        </p>
        {shown ? (
          linkable ? (
            <a href={url} target="_blank" rel="noopener noreferrer nofollow" className="break-all font-mono text-indigo-700 hover:underline">
              {shown}
            </a>
          ) : (
            <p className="break-all font-mono text-zinc-600">{shown}</p>
          )
        ) : null}
      </div>
    </div>
  );
}
