import { z } from "zod";

// One schema for creating a dataset, shared by the form, the server action, the API and the CLI.
export const DatasetNameSchema = z
  .string({ error: "name is required" })
  .trim()
  .min(1, { error: "Give the dataset a name" })
  .max(100, { error: "Keep the name under 100 characters" })
  // Names show in lists and go into CLI commands; control characters would garble both.
  .regex(/^[^\p{Cc}]*$/u, { error: "Use visible characters only (no tabs or line breaks)" });

export const DatasetDescriptionSchema = z
  .string({ error: "description must be text" })
  .trim()
  .max(2000, { error: "Keep the description under 2,000 characters" });

export const DatasetCreateSchema = z.object({
  name: DatasetNameSchema,
  description: DatasetDescriptionSchema.default(""),
  targetModel: z.string().trim().min(1).optional(),
});

export type DatasetCreateInput = z.input<typeof DatasetCreateSchema>;
export type DatasetCreate = z.output<typeof DatasetCreateSchema>;

// Renaming and describing a dataset: the settings form, its server action, PATCH
// /api/v1/datasets/[id] and `tuneset datasets rename|describe` all parse this. Either
// field may be left out; sending neither is a mistake worth saying.
export const DatasetEditSchema = z
  .object({ name: DatasetNameSchema.optional(), description: DatasetDescriptionSchema.optional() })
  .refine((v) => v.name !== undefined || v.description !== undefined, { error: "Send a new name, a description, or both" });

export type DatasetEdit = z.output<typeof DatasetEditSchema>;

// Restoring a dataset from the trash of datasets. A name is needed only when another
// live dataset has taken the old one meanwhile; it is then the name it comes back under.
export const DatasetRestoreSchema = z.object({ name: DatasetNameSchema.optional() });

export type DatasetRestore = z.output<typeof DatasetRestoreSchema>;
