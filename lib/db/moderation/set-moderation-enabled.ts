import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { getDatasetById } from "../datasets/get-dataset";
import { auditEventData } from "../audit/record-audit";

/**
 * Turns the moderation pre-scan on or off for a dataset. On means a lead agreed that
 * the dataset's content may be sent to the provider; the audit log keeps who agreed
 * and when. Off stops a running scan before its next request.
 */
export async function setModerationEnabled(opts: { datasetId: string; enabled: boolean }, actor: Actor) {
  const current = await getDatasetById(opts.datasetId);
  if (current.moderationEnabled === opts.enabled) return current;
  const summary = `${opts.enabled ? "Turned on" : "Turned off"} the moderation pre-scan of ${current.name}${opts.enabled ? ", allowing its content to be sent to the provider" : ""}.`;
  const detail = { setting: "moderationEnabled", from: current.moderationEnabled, to: opts.enabled };
  const [dataset] = await db().$transaction([
    db().dataset.update({ where: { id: current.id }, data: { moderationEnabled: opts.enabled } }),
    db().auditEvent.create({
      data: auditEventData({ actor, action: "dataset.settings_changed", datasetId: current.id, targetType: "dataset", targetId: current.id, summary, detail }),
    }),
  ]);
  return dataset;
}
