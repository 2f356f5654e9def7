import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { auditEventData } from "../audit/record-audit";
import type { getDataset } from "./get-dataset";

/** The dataset settings that are on/off switches. */
type Switch = "forEvaluation" | "moderationEnabled";

/**
 * Turns one of a dataset's switches, in one transaction with its audit event, so the
 * log always says who changed the setting. Setting the value it already has writes
 * nothing (and logs nothing).
 */
export async function changeDatasetSwitch(current: Awaited<ReturnType<typeof getDataset>>, setting: Switch, to: boolean, summary: string, actor: Actor) {
  if (current[setting] === to) return current;
  const detail = { setting, from: current[setting], to };
  const [dataset] = await db().$transaction([
    db().dataset.update({ where: { id: current.id }, data: { [setting]: to } as Partial<Record<Switch, boolean>> }),
    db().auditEvent.create({
      data: auditEventData({ actor, action: "dataset.settings_changed", datasetId: current.id, targetType: "dataset", targetId: current.id, summary, detail }),
    }),
  ]);
  return dataset;
}
