import type { ActionFailure } from "../api/action-result";
import type { DatasetCreateSchema } from "./dataset";
import type { z } from "zod";

// The result of the "New dataset" form's action: success redirects, so only a failure
// comes back, carrying the typed values so the form can show them again.
type Field = keyof z.input<typeof DatasetCreateSchema>;

export type CreateDatasetResult = ActionFailure<Field> & { values: Record<Field, string> };
