import type { ReactNode } from "react";

// Tuneset's messages (errors, notices, field errors) write commands, variables and file
// names between backticks, as in "Make one with `openssl rand -base64 32`". Shown
// through here, those parts render as code instead of with literal backticks. Nothing
// else is interpreted: a message may quote what a user or a provider typed.

/** `text` with each `quoted` part as <code>; an unmatched backtick stays as it is. */
export function MessageText({ text }: { text: string }) {
  const parts = text.split(/`([^`\n]+)`/);
  if (parts.length === 1) return text;
  return parts.map((part, i) =>
    i % 2 ? (
      <code key={i} className="rounded bg-black/5 px-1 font-mono text-[0.92em]">
        {part}
      </code>
    ) : (
      part
    ),
  );
}

/** Children as given, with a plain string shown through MessageText (for primitives that take either). */
export const messageOrNode = (children: ReactNode) => (typeof children === "string" ? <MessageText text={children} /> : children);

/** A message announced as an alert (an action's error beside its button); nothing when there is none. */
export function AlertText({ text, as: Tag = "span", className }: { text: string | null | undefined; as?: "p" | "span"; className: string }) {
  if (!text) return null;
  return (
    <Tag role="alert" className={className}>
      <MessageText text={text} />
    </Tag>
  );
}
