import { z } from "zod";

// The query of "Show all" (a long text's rest, a chunk at a time) and "Show more turns"
// (a long conversation's next turns): which version, which place in the record, from where.

const PathSchema = z
  .string({ error: "path is required: the JSON array of keys and indexes the page gave" })
  .max(1000, { error: "path is too long" })
  .transform((raw, ctx) => {
    try {
      const path = JSON.parse(raw);
      if (Array.isArray(path) && path.length > 0 && path.length <= 20 && path.every((k) => typeof k === "string" || (Number.isInteger(k) && k >= 0))) {
        return path as (string | number)[];
      }
    } catch {
      // Reported below, in the same words as any other bad path.
    }
    ctx.addIssue({ code: "custom", message: 'path must be a JSON array of keys and indexes, such as ["messages",3,"content"]' });
    return z.NEVER;
  });

const Count = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a whole number` })
    .int({ error: `${name} must be a whole number` })
    .min(0, { error: `${name} must be 0 or more` });

export const TextChunkQuerySchema = z.object({
  version: Count("version").min(1, { error: "version must be 1 or more" }),
  path: PathSchema,
  offset: Count("offset").default(0),
});

export const MoreTurnsQuerySchema = z.object({
  version: Count("version").min(1, { error: "version must be 1 or more" }),
  path: PathSchema,
  from: Count("from"),
});
