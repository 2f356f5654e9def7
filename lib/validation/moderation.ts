import { z } from "zod";
import { ConversationFilterSchema } from "./conversation-filter";
import { providerAddressRefused } from "./provider-choice";

// The moderation pre-scan as the settings page, its server actions and tests ask for it.

// Switches send "on" or "true"; JSON sends true/false.
const Flag = z.preprocess(
  (v) => (v === "on" || v === "true" ? true : v === "false" || v === "off" || v === "" || v == null ? false : v),
  z.boolean({ error: "enabled must be true or false" }),
);

/** Turning the pre-scan on or off for one dataset. */
export const ModerationSettingSchema = z.object({
  datasetId: z.string({ error: "dataset id is required" }).min(1, { error: "dataset id is required" }),
  enabled: Flag,
});

export const SCAN_MODES = ["unscanned", "all"] as const;

/** Starting a scan: records not scanned since their last edit, or all of them again; optionally only a table filter's. */
export const ModerationScanRequestSchema = z.object({
  mode: z.enum(SCAN_MODES, { error: `mode must be one of ${SCAN_MODES.join(", ")}` }).default("unscanned"),
  filter: ConversationFilterSchema.optional(),
  ...providerAddressRefused,
});
export type ModerationScanRequest = z.infer<typeof ModerationScanRequestSchema>;
