"use client";

import { useEffect, useId, useState, useTransition } from "react";
import { runBulkAction } from "@/lib/actions/bulk-actions";
import type { BulkAction, BulkPreviewResult, BulkSelection } from "@/lib/validation/bulk";
import { DECISIONS, STATUS_LABELS, type Decision } from "@/lib/validation/statuses";
import { Button } from "@/components/ui/button";
import { inputClasses } from "@/components/ui/field";
import { plural } from "@/components/ui/format";
import { describeReach } from "@/lib/bulk/describe";
import { FindReplacePreviewView } from "./find-replace-preview";
import { MessageText } from "@/components/ui/message-text";

// The inputs of one bulk change. Find-and-replace is previewed first (counts and a few
// before/after samples) because a pattern can match more than its author meant. The
// other changes are previewed on their own as they are filled in, so the line beside
// Apply counts what will change (invalid lines skipped, records already so), not merely
// what is selected.

export const BULK_CHOICES = [
  { value: "set_status", label: "Set status" },
  { value: "add_labels", label: "Add label" },
  { value: "remove_labels", label: "Remove label" },
  { value: "replace_system_prompt", label: "Replace system prompt" },
  { value: "find_replace", label: "Find and replace" },
  { value: "redact_pii", label: "Redact personal data" },
  { value: "delete", label: "Move to trash" },
] as const;
export type BulkChoice = (typeof BULK_CHOICES)[number]["value"];

const FIND_TEXTS = [
  ["find", "Find"],
  ["replace", "Replace with"],
] as const;
const FIND_OPTIONS = [
  ["regex", "Regular expression"],
  ["case_sensitive", "Match case"],
] as const;

/** Previewed without asking: cheap, and no pattern to think over. */
const AUTO_PREVIEW: ReadonlySet<BulkChoice> = new Set(["set_status", "add_labels", "remove_labels", "replace_system_prompt"]);
const AUTO_PREVIEW_DELAY_MS = 300;

type Preview = BulkPreviewResult | { error: string };

/** The preview of the action and selection a key names (JSON of both), or null when the action is not filled in yet. */
async function fetchPreview(datasetId: string, key: string): Promise<Preview | null> {
  const [action, selection] = JSON.parse(key) as [BulkAction | null, BulkSelection];
  if (!action) return null;
  const r = await runBulkAction(datasetId, { selection, action, preview: true });
  if (!r.ok) return { error: r.error };
  return "preview" in r ? r.preview : null;
}

type Props = {
  choice: Exclude<BulkChoice, "delete">;
  labels: string[];
  count: number;
  pending: boolean;
  apply: (action: BulkAction) => void;
  datasetId: string;
  selection: BulkSelection;
};

export function BulkActionForm({ choice, labels, count, pending, apply, datasetId, selection }: Props) {
  const id = useId();
  const [status, setStatus] = useState<Decision>("approved");
  const [label, setLabel] = useState("");
  const [prompt, setPrompt] = useState("");
  const [find, setFind] = useState({ find: "", replace: "", regex: false, case_sensitive: false });
  // A preview holds for the action and selection it was made for: any change makes it stale.
  const [previewed, setPreviewed] = useState<{ key: string; result: Preview } | null>(null);
  const changeFind = (change: Partial<typeof find>) => setFind({ ...find, ...change });
  const [previewing, startPreview] = useTransition();
  const target = plural(count, "conversation");

  const action = (): BulkAction | null => {
    if (choice === "set_status") return { type: "set_status", status };
    if (choice === "add_labels" || choice === "remove_labels") return label.trim() ? { type: choice, labels: [label.trim()] } : null;
    if (choice === "replace_system_prompt") return { type: "replace_system_prompt", text: prompt };
    if (choice === "redact_pii") return { type: "redact_pii" };
    return find.find ? { type: "find_replace", ...find } : null;
  };
  const current = action();
  const key = JSON.stringify([current, selection]);
  const preview = previewed?.key === key ? previewed.result : null;
  const runPreview = () =>
    startPreview(async () => {
      const result = await fetchPreview(datasetId, key);
      if (result) setPreviewed({ key, result });
    });
  useEffect(() => {
    if (!AUTO_PREVIEW.has(choice)) return;
    let live = true;
    const timer = setTimeout(async () => {
      const result = await fetchPreview(datasetId, key);
      if (live && result) setPreviewed({ key, result });
    }, AUTO_PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [choice, datasetId, key]);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (current) apply(current);
  };
  const needsPreview = (choice === "find_replace" || choice === "redact_pii") && (!preview || "error" in preview);
  const reach = preview && !("error" in preview) ? preview : null;
  const hint = needsPreview
    ? "Preview the changes first."
    : reach
      ? describeReach(reach)
      : current
        ? `Counting what changes in the ${target}…`
        : `${target} selected.`;

  return (
    <form
      onSubmit={submit}
      aria-label={BULK_CHOICES.find((c) => c.value === choice)?.label}
      className="space-y-2 rounded-md border border-zinc-200 bg-white p-3"
    >
      {choice === "set_status" ? (
        <select aria-label="New status" value={status} onChange={(e) => setStatus(e.target.value as Decision)} className={inputClasses("w-44")}>
          {DECISIONS.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      ) : null}
      {choice === "add_labels" || choice === "remove_labels" ? (
        <>
          <input
            aria-label="Label name"
            list={`${id}-labels`}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            placeholder="Label name"
            maxLength={50}
            className={inputClasses("w-56")}
          />
          <datalist id={`${id}-labels`}>
            {labels.map((l) => (
              <option key={l} value={l} />
            ))}
          </datalist>
        </>
      ) : null}
      {choice === "replace_system_prompt" ? (
        <textarea
          aria-label="New system prompt"
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
          rows={4}
          placeholder="Leave empty to remove the system prompt"
          className={inputClasses("w-full", "multiline")}
        />
      ) : null}
      {choice === "find_replace" ? (
        <div className="flex flex-wrap items-center gap-2">
          {FIND_TEXTS.map(([key, label]) => (
            <input
              key={key}
              aria-label={label}
              value={find[key]}
              onChange={(e) => changeFind({ [key]: e.target.value })}
              placeholder={label}
              className={inputClasses("w-56")}
            />
          ))}
          {FIND_OPTIONS.map(([key, label]) => (
            <label key={key} className="inline-flex items-center gap-1 text-sm">
              <input type="checkbox" checked={find[key]} onChange={(e) => changeFind({ [key]: e.target.checked })} className="accent-indigo-600" />
              {label}
            </label>
          ))}
          <Button size="sm" onClick={runPreview} disabled={!find.find || previewing}>
            Preview
          </Button>
          {find.regex ? (
            // The server runs patterns with RE2, in linear time: say up front what that leaves out.
            <p className="w-full text-xs text-zinc-500">
              RE2 syntax: no lookahead, lookbehind or back-references. In the replacement, $1 or $&lt;name&gt; inserts a group, $&amp; the match, $$ a dollar
              sign.
            </p>
          ) : null}
        </div>
      ) : null}
      {choice === "redact_pii" ? (
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-sm text-zinc-600">
            Replaces e-mail addresses, phone numbers, card numbers, IP addresses and API keys in message text and tool-call arguments with [EMAIL], [PHONE],
            [CREDIT_CARD], [IP_ADDRESS] and [SECRET].
          </p>
          <Button size="sm" onClick={runPreview} disabled={previewing}>
            Preview
          </Button>
        </div>
      ) : null}
      {preview && "error" in preview ? (
        <p role="alert" className="text-sm text-red-700">
          <MessageText text={preview.error} />
        </p>
      ) : null}
      {preview && !("error" in preview) ? <FindReplacePreviewView preview={preview} /> : null}
      <div className="flex items-center gap-2">
        <Button type="submit" size="sm" variant="primary" disabled={pending || current === null || needsPreview || reach?.records === 0}>
          Apply
        </Button>
        <span className="text-xs text-zinc-600" aria-live="polite">
          {hint}
        </span>
      </div>
    </form>
  );
}
