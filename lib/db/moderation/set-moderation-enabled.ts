import type { Actor } from "../../auth/actor";
import { getDatasetById } from "../datasets/get-dataset";
import { changeDatasetSwitch } from "../datasets/change-dataset-switch";

/**
 * Turns the moderation pre-scan on or off for a dataset. On means a lead agreed that
 * the dataset's content may be sent to the provider; the audit log keeps who agreed
 * and when. Off stops a running scan before its next request.
 */
export async function setModerationEnabled(opts: { datasetId: string; enabled: boolean }, actor: Actor) {
  const current = await getDatasetById(opts.datasetId);
  const summary = `${opts.enabled ? "Turned on" : "Turned off"} the moderation pre-scan of ${current.name}${opts.enabled ? ", allowing its content to be sent to the provider" : ""}.`;
  return changeDatasetSwitch(current, "moderationEnabled", opts.enabled, summary, actor);
}
