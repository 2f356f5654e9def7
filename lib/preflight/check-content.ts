import { describeValue } from "../formats/format-errors";
import { FINE_TUNABLE_MODELS } from "../models/fine-tunable-models";
import { hasText, isBag, type ExampleState } from "./example-state";

// A message's content: a string, or a list of parts. What each role may carry
// follows the chat format; what a fine-tune accepts is narrower (no audio, no
// files, images only for some models).

/** "text": something to train on; "empty": nothing; "reported": malformed, already a finding. */
export type ContentVerdict = "text" | "empty" | "reported";

const IMAGE_FAMILIES = [...new Set(FINE_TUNABLE_MODELS.filter((m) => m.acceptsImages).map((m) => m.family))].join(", ");

export function checkContent(content: unknown, role: string, path: string, s: ExampleState): ContentVerdict {
  if (typeof content === "string") return hasText(content) ? "text" : "empty";
  if (content === undefined || content === null) return "empty";
  if (!Array.isArray(content)) {
    s.findings.add("missing_content", `${path}.content`, `expected the content as a string or a list of content parts, got ${describeValue(content)}`);
    return "reported";
  }
  let verdict: ContentVerdict = "empty";
  for (let j = 0; j < content.length; j++) {
    const part = checkPart(content[j], role, `${path}.content[${j}]`, s);
    if (part === "text") verdict = "text";
    else if (part === "reported" && verdict === "empty") verdict = "reported";
  }
  return verdict;
}

function checkPart(part: unknown, role: string, at: string, s: ExampleState): ContentVerdict {
  const unsupported = (message: string): ContentVerdict => {
    s.findings.add("unsupported_content", at, message);
    return "reported";
  };
  if (!isBag(part)) {
    return unsupported(`expected a content part such as {"type": "text", "text": "..."}, got ${describeValue(part)}`);
  }
  switch (part.type) {
    case "text":
      if (typeof part.text === "string") return hasText(part.text) ? "text" : "empty";
      s.findings.add("missing_content", `${at}.text`, `text part without its text: set "text" to a string`);
      return "reported";
    case "refusal":
      if (role !== "assistant") return unsupported(`refusal parts belong to assistant messages: make it a text part`);
      return typeof part.refusal === "string" && hasText(part.refusal) ? "text" : "empty";
    case "image_url":
      return imagePart(part, role, at, s, unsupported);
    case "input_audio":
      return unsupported("audio cannot be used for fine-tuning: replace it with its transcript as a text part");
    case "file":
      return unsupported("files cannot be used for fine-tuning: paste the file's text as a text part");
    case undefined:
      return unsupported(`content part has no type: write it as {"type": "text", "text": "..."}`);
    default: {
      const images = role === "user" ? ` (or "image_url" for a model that takes images)` : "";
      return unsupported(`content part type ${JSON.stringify(part.type)} is not one OpenAI accepts: use "text"${images}`);
    }
  }
}

function imagePart(part: Record<string, unknown>, role: string, at: string, s: ExampleState, unsupported: (message: string) => ContentVerdict): ContentVerdict {
  if (role !== "user") return unsupported(`${role} messages cannot carry images; only user messages can`);
  if (!s.model.acceptsImages) {
    return unsupported(`${s.model.id} cannot be fine-tuned on images (models that can: ${IMAGE_FAMILIES}): remove the image or train one of those`);
  }
  const image = part.image_url;
  if (!isBag(image) || typeof image.url !== "string" || !hasText(image.url)) {
    return unsupported(`image part without image_url.url: give the image's URL or a data: URI`);
  }
  return "text";
}
