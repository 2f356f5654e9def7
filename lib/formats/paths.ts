// One path style everywhere a user reads a location in a line: `messages[2].role`,
// `input.messages[0].content`, `["odd key"]`. Errors and unknown-key lists share it
// so a user can search for the same string in both.

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function appendSegment(path: string, segment: PropertyKey): string {
  if (typeof segment === "number") return `${path}[${segment}]`;
  const key = String(segment);
  if (!IDENTIFIER.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path === "" ? key : `${path}.${key}`;
}

export function formatPath(segments: readonly PropertyKey[]): string {
  let path = "";
  for (const segment of segments) path = appendSegment(path, segment);
  return path;
}
