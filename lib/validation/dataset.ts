import { z } from "zod";

// One schema for creating a dataset, shared by the form, the server action, the API and the CLI.
export const DatasetNameSchema = z
  .string({ error: "name is required" })
  .trim()
  .min(1, { error: "Give the dataset a name" })
  .max(100, { error: "Keep the name under 100 characters" })
  // Names show in lists and go into CLI commands; control characters would garble both.
  .regex(/^[^\p{Cc}]*$/u, { error: "Use visible characters only (no tabs or line breaks)" });

export const DatasetCreateSchema = z.object({
  name: DatasetNameSchema,
  description: z.string().trim().max(2000, { error: "Keep the description under 2,000 characters" }).default(""),
  targetModel: z.string().trim().min(1).optional(),
});

export type DatasetCreateInput = z.input<typeof DatasetCreateSchema>;
export type DatasetCreate = z.output<typeof DatasetCreateSchema>;
