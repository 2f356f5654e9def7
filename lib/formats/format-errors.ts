import * as z from "zod";
import { formatPath } from "./paths";

// Errors are stored with the imported line and shown beside it, so they are data
// too: one schema for writing them and reading them back.
export const formatErrorSchema = z.object({ path: z.string(), message: z.string() });
export type FormatError = z.infer<typeof formatErrorSchema>;

// A line with ten thousand broken messages should not produce ten thousand rows.
export const MAX_ERRORS_PER_LINE = 50;

export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "object":
      return "an object";
    case "string":
      return "a string";
    case "number":
      return "a number";
    case "boolean":
      return "a boolean";
    default:
      return typeof value;
  }
}

const withArticle = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

// Zod's defaults ("Invalid input: expected string, received undefined") are written
// for developers; these say what is wrong in the words of the file. Schema-level
// messages in schemas.ts take precedence over this map.
export function issueMessage(iss: z.core.$ZodRawIssue): string | undefined {
  switch (iss.code) {
    case "invalid_type":
      if (iss.input === undefined) return "required";
      return `expected ${withArticle(iss.expected)}, got ${describeValue(iss.input)}`;
    case "invalid_value":
      if (iss.values.length === 1) return `expected ${JSON.stringify(iss.values[0])}`;
      return `expected one of ${iss.values.map(String).join(", ")}`;
    case "too_small":
      if (iss.origin === "array") return `expected at least ${iss.minimum} item${iss.minimum === 1 ? "" : "s"}`;
      return undefined;
    case "too_big":
      if (iss.origin === "array") return `expected at most ${iss.maximum} item${iss.maximum === 1 ? "" : "s"}`;
      return undefined;
    default:
      return undefined;
  }
}

type Issue = z.core.$ZodIssue;

// A union such as `content: string | parts[]` fails as a whole when one part is
// wrong, because zod cannot tell which option was meant. When exactly one option
// accepted the value's type, its own issues are the useful ones: report those.
function expandUnion(issue: Issue): Issue[] {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
  const matched = issue.errors.filter((branch) => !branch.some((inner) => inner.path.length === 0 && inner.code === "invalid_type"));
  if (matched.length !== 1) return [issue];
  return matched[0].flatMap((inner) => expandUnion({ ...inner, path: [...issue.path, ...inner.path] }));
}

export function issuesToErrors(issues: readonly Issue[]): FormatError[] {
  const errors: FormatError[] = [];
  for (const issue of issues) {
    for (const one of expandUnion(issue)) {
      if (errors.length === MAX_ERRORS_PER_LINE) return errors;
      errors.push({ path: formatPath(one.path), message: one.message });
    }
  }
  return errors;
}

/** `messages[2].role: expected one of ...`, or just the message for the whole line. */
export function formatError(error: FormatError): string {
  return error.path === "" ? error.message : `${error.path}: ${error.message}`;
}
