import type { Actor } from "../../auth/actor";
import { getDataset } from "../datasets/get-dataset";
import type { DatasetScope } from "../scope";
import { changeDatasetSwitch } from "../datasets/change-dataset-switch";

/**
 * Turns the moderation pre-scan on or off for a dataset. On means a lead agreed that
 * the dataset's content may be sent to the provider; the audit log keeps who agreed
 * and when. Off stops a running scan before its next request.
 */
export async function setModerationEnabled(scope: DatasetScope, opts: { enabled: boolean }, actor: Actor) {
  const current = await getDataset(scope);
  const summary = `${opts.enabled ? "Turned on" : "Turned off"} the moderation pre-scan of ${current.name}${opts.enabled ? ", allowing its content to be sent to the provider" : ""}.`;
  return changeDatasetSwitch(current, "moderationEnabled", opts.enabled, summary, actor);
}
