import { z } from "zod";
import { capFileName } from "../imports/file-name";

// The query of an upload (POST /datasets/{id}/imports?filename=&resume=), as the
// browser's import panel and scripts send it. The file itself is the request body.

export const ImportQuerySchema = z.object({
  /** Capped and cleaned as at every entry (the CLI caps the file's base name the same way). */
  filename: z
    .string()
    .optional()
    .transform((name) => capFileName(name ?? "")),
  /** An interrupted import of the dataset to go on with; the body is the same file again, from its first byte. */
  resume: z
    .string()
    .regex(/^[a-z0-9]{1,64}$/i, { error: "resume must be the id of an interrupted import (see GET /datasets/{id}/imports)" })
    .optional(),
});

export type ImportQuery = z.infer<typeof ImportQuerySchema>;
