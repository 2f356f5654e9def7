import { randomBytes } from "node:crypto";
import { CATEGORIES, FLAG_AT, IMAGE_CATEGORIES, scoreText, type Category } from "./classifier";
import { InvalidRequest } from "./openai-errors";
import { emptyArray } from "./param-checks";
import { json, type Middleware, type Router } from "./router";

// POST /v1/moderations as the spec (CreateModerationRequest / CreateModerationResponse)
// describes it: `input` is a string, an array of strings (one result each), or an array
// of text and image_url parts (one result for them all); `model` is optional.

export const MODERATION_MODELS = ["omni-moderation-latest", "omni-moderation-2024-09-26", "text-moderation-latest", "text-moderation-stable"];
const DEFAULT_MODEL = "omni-moderation-latest";

/** One classified input: the text to score and whether images came with it. */
type Classified = { text: string; hasText: boolean; hasImage: boolean };

const typeName = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

function invalidType(param: string, expected: string, got: unknown): InvalidRequest {
  return new InvalidRequest(`Invalid type for '${param}': expected ${expected}, but got ${typeName(got)} instead.`, param, "invalid_type");
}

/** Reads and checks a request body, in the provider's words when it is wrong. */
export function parseModerationRequest(body: unknown): { model: string; inputs: Classified[] } {
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw invalidType("body", "an object", body);
  const { input, model, ...rest } = body as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined) throw new InvalidRequest(`Unrecognized request argument supplied: ${unknown}`, null, null);
  if (model !== undefined && typeof model !== "string") throw invalidType("model", "a string", model);
  if (model !== undefined && !MODERATION_MODELS.includes(model)) {
    throw new InvalidRequest(
      `Invalid value for 'model': '${model}' is not a moderation model. Use one of ${MODERATION_MODELS.join(", ")}.`,
      "model",
      "invalid_value",
    );
  }
  if (input === undefined) throw new InvalidRequest("Missing required parameter: 'input'.", "input", "missing_required_parameter");
  const chosen = (model as string | undefined) ?? DEFAULT_MODEL;
  if (typeof input === "string") return { model: chosen, inputs: [{ text: input, hasText: true, hasImage: false }] };
  if (!Array.isArray(input)) throw invalidType("input", "a string, an array of strings or an array of objects", input);
  if (input.length === 0) throw emptyArray("input");
  if (typeof input[0] === "string") {
    input.forEach((v, i) => {
      if (typeof v !== "string") throw invalidType(`input[${i}]`, "a string", v);
    });
    return { model: chosen, inputs: input.map((text: string) => ({ text, hasText: true, hasImage: false })) };
  }
  const texts: string[] = [];
  let hasImage = false;
  input.forEach((part, i) => {
    if (typeof part !== "object" || part === null || Array.isArray(part)) throw invalidType(`input[${i}]`, "an object", part);
    const p = part as Record<string, unknown>;
    if (p.type === "text") {
      if (typeof p.text !== "string") throw invalidType(`input[${i}].text`, "a string", p.text);
      texts.push(p.text);
    } else if (p.type === "image_url") {
      const url = (p.image_url as { url?: unknown } | undefined)?.url;
      if (typeof url !== "string") throw invalidType(`input[${i}].image_url.url`, "a string", url);
      hasImage = true;
    } else {
      throw new InvalidRequest(`Invalid value: '${String(p.type)}'. Supported values are: 'text' and 'image_url'.`, `input[${i}].type`, "invalid_value");
    }
  });
  return { model: chosen, inputs: [{ text: texts.join("\n"), hasText: texts.length > 0, hasImage }] };
}

export function moderationResult(input: Classified) {
  const scores = scoreText(input.text);
  const categories = Object.fromEntries(CATEGORIES.map((c) => [c, scores[c] >= FLAG_AT])) as Record<Category, boolean>;
  const applied = Object.fromEntries(
    CATEGORIES.map((c) => [c, [...(input.hasText ? ["text"] : []), ...(input.hasImage && IMAGE_CATEGORIES.includes(c) ? ["image"] : [])]]),
  );
  return { flagged: Object.values(categories).some(Boolean), categories, category_scores: scores, category_applied_input_types: applied };
}

/** What the stand-in was asked, for tests that check what Tuneset sent. */
export type ModerationCall = { at: string; model: string; inputs: string[] };

export function addModerationRoutes(router: Router, guard: Middleware[], calls: ModerationCall[]) {
  router.add(
    "POST",
    "/v1/moderations",
    (req) => {
      const { model, inputs } = parseModerationRequest(req.json());
      calls.push({ at: new Date().toISOString(), model, inputs: inputs.map((i) => i.text) });
      if (calls.length > 500) calls.splice(0, calls.length - 500);
      return json(200, { id: `modr-${randomBytes(12).toString("hex")}`, model, results: inputs.map(moderationResult) });
    },
    guard,
  );
}
