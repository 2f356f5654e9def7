import { readFileSync } from "node:fs";
import { booleanOptions, CliError, stringOptions } from "../cli-error";
import type { BulkRequestInput } from "../../validation/bulk";

// Reads `tuneset bulk` flags into the same request the API takes ({selection, action,
// preview}); lib/validation/bulk.ts then checks it like any other request.

export const BULK_USAGE = `tuneset bulk --dataset NAME [--status S] [--label L] [--search Q] [--invalid] [--ids 1,2,3]
         (--set-status S | --add-label L | --remove-label L | --system-prompt TEXT | --system-prompt-file F
          | --find A --replace B [--regex] [--case-sensitive] [--role R] | --redact-pii | --delete | --restore) [--dry-run] [--json]`;

export const BULK_OPTIONS = {
  ...stringOptions("dataset", "status", "label", "search", "ids", "set-status", "system-prompt", "system-prompt-file", "find", "replace", "role"),
  "add-label": { type: "string", multiple: true },
  "remove-label": { type: "string", multiple: true },
  ...booleanOptions("invalid", "regex", "case-sensitive", "redact-pii", "delete", "restore", "dry-run", "json"),
} as const;

export type BulkFlags = {
  status?: string;
  label?: string;
  search?: string;
  invalid?: boolean;
  ids?: string;
  "set-status"?: string;
  "add-label"?: string[];
  "remove-label"?: string[];
  "system-prompt"?: string;
  "system-prompt-file"?: string;
  find?: string;
  replace?: string;
  regex?: boolean;
  "case-sensitive"?: boolean;
  role?: string;
  "redact-pii"?: boolean;
  delete?: boolean;
  restore?: boolean;
  "dry-run"?: boolean;
};

const usage = (message: string) => new CliError(`${message}\nUsage: ${BULK_USAGE}`, 2);

export function bulkRequestFromFlags(f: BulkFlags, readFile: (path: string) => string = (p) => readFileSync(p, "utf8")): BulkRequestInput {
  const actions = [
    f["set-status"] !== undefined && { type: "set_status" as const, status: f["set-status"] as never },
    f["add-label"] && { type: "add_labels" as const, labels: f["add-label"] },
    f["remove-label"] && { type: "remove_labels" as const, labels: f["remove-label"] },
    f["system-prompt"] !== undefined && { type: "replace_system_prompt" as const, text: f["system-prompt"] },
    f["system-prompt-file"] !== undefined && { type: "replace_system_prompt" as const, text: readPrompt(f["system-prompt-file"], readFile) },
    f.find !== undefined && findReplace(f),
    f["redact-pii"] && { type: "redact_pii" as const },
    f.delete && { type: "delete" as const },
    f.restore && { type: "restore" as const },
  ].filter((a) => a !== false && a !== undefined);
  if (f.replace !== undefined && f.find === undefined) throw usage("--replace needs --find: name the text to replace");
  if (actions.length === 0)
    throw usage("name one change: --set-status, --add-label, --remove-label, --system-prompt, --find/--replace, --redact-pii, --delete or --restore");
  if (actions.length > 1) throw usage("name one change at a time: run tuneset bulk once per change (each can be undone on its own)");

  const filter = { status: f.status, label: f.label, q: f.search, invalid: f.invalid ? ("1" as const) : undefined };
  if (f.ids !== undefined && (f.status || f.label || f.search || f.invalid)) {
    throw usage("--ids picks conversations by id; leave out --status, --label, --search and --invalid with it");
  }
  return { selection: f.ids !== undefined ? { ids: parseIds(f.ids) } : { filter }, action: actions[0], preview: !!f["dry-run"] };
}

function findReplace(f: BulkFlags) {
  if (f.replace === undefined) throw usage('--find needs --replace: give the new text (--replace "" deletes what is found)');
  return { type: "find_replace" as const, find: f.find!, replace: f.replace, regex: !!f.regex, case_sensitive: !!f["case-sensitive"], role: f.role as never };
}

function parseIds(text: string): number[] {
  const parts = text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const bad = parts.find((p) => !/^\d{1,15}$/.test(p));
  if (bad !== undefined || !parts.length)
    throw usage(`--ids takes conversation ids separated by commas, like --ids 12,15,40${bad ? ` ("${bad}" is not one)` : ""}`);
  return parts.map(Number);
}

function readPrompt(path: string, readFile: (path: string) => string): string {
  try {
    return readFile(path).replace(/\r?\n$/, "");
  } catch (e) {
    throw new CliError(`--system-prompt-file: cannot read ${path} (${(e as NodeJS.ErrnoException).code ?? e}); check the path`, 1);
  }
}
