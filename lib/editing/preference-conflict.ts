// When a colleague saved a preference record while an annotator was editing it, the
// editor shows both versions part by part (input, preferred, non-preferred) as plain
// text, so the annotator can see what the other person changed before choosing.

type Parts = { input?: unknown; preferred_output?: unknown; non_preferred_output?: unknown };

export type ConflictPart = { key: keyof Parts; label: string; theirs: string; mine: string; same: boolean };

const LABELS: Record<keyof Parts, string> = {
  input: "Input",
  preferred_output: "Preferred answer",
  non_preferred_output: "Non-preferred answer",
};

function contentText(content: unknown): string {
  if (content === undefined || content === null) return "";
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.map((p) => (p && typeof p === "object" && "text" in p ? String(p.text) : JSON.stringify(p))).join("\n");
  }
  return JSON.stringify(content);
}

/** A list of messages as text: "role: content", tool calls below in JSON. */
export function messagesText(messages: unknown): string {
  if (!Array.isArray(messages)) return messages === undefined ? "(missing)" : JSON.stringify(messages, null, 2);
  if (!messages.length) return "(no messages)";
  return messages
    .map((m) => {
      if (typeof m !== "object" || m === null) return JSON.stringify(m);
      const { role, content, tool_calls } = m as { role?: unknown; content?: unknown; tool_calls?: unknown };
      const calls = tool_calls === undefined ? "" : `\n  tool calls: ${JSON.stringify(tool_calls)}`;
      return `${String(role ?? "?")}: ${contentText(content)}${calls}`;
    })
    .join("\n\n");
}

/** The three parts of a record as the API returns it; an invalid one is read from its raw line when it still parses. */
export function partsOf(record: Parts & { raw?: unknown }): Parts {
  if (record.raw === undefined) return record;
  // A raw line sent shortened does not parse; its parts are unknown here.
  if (typeof record.raw !== "string") return {};
  try {
    const parsed = JSON.parse(record.raw);
    return typeof parsed === "object" && parsed !== null ? parsed : {};
  } catch {
    return {};
  }
}

function partText(parts: Parts, key: keyof Parts): string {
  if (key === "input") {
    const input = parts.input as { messages?: unknown } | undefined;
    return input && typeof input === "object" ? messagesText(input.messages) : "(missing)";
  }
  return messagesText(parts[key]);
}

export function conflictParts(theirs: Parts, mine: Parts): ConflictPart[] {
  return (Object.keys(LABELS) as (keyof Parts)[]).map((key) => {
    const t = partText(theirs, key);
    const m = partText(mine, key);
    // Compared on the JSON too: two versions can read the same and still differ (a weight, a name).
    const same = t === m && JSON.stringify(theirs[key]) === JSON.stringify(mine[key]);
    return { key, label: LABELS[key], theirs: t, mine: m, same };
  });
}
