import { z } from "zod";

export const AddMemberSchema = z.object({
  datasetId: z.string().min(1),
  email: z.string().trim().toLowerCase().email({ error: "Enter the e-mail of someone with an account." }),
});
export const RemoveMemberSchema = z.object({ datasetId: z.string().min(1), userId: z.string().min(1) });

export const TokenCreateSchema = z.object({
  name: z.string().trim().min(1, { error: 'Name the token after where it will be used, e.g. "nightly export script".' }).max(80),
  role: z.enum(["viewer", "annotator", "lead", "admin"]),
});
