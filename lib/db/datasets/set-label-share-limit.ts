import { db } from "../client";
import { getDataset } from "./get-dataset";
import type { DatasetScope } from "../scope";
import type { Actor } from "../../auth/actor";
import { auditEventData } from "../audit/record-audit";

/** Sets the share of the approved set above which one label is reported as unbalanced. */
export async function setLabelShareLimit(scope: DatasetScope, opts: { percent: number }, actor: Actor) {
  const current = await getDataset(scope);
  const share = opts.percent / 100;
  if (current.labelShareLimit === share) return current;
  const from = Math.round(current.labelShareLimit * 100);
  const summary = `Set the label balance warning of ${current.name} from ${from}% to ${opts.percent}%.`;
  const detail = { setting: "labelShareLimit", from: current.labelShareLimit, to: share };
  const [dataset] = await db().$transaction([
    db().dataset.update({ where: { id: current.id }, data: { labelShareLimit: share } }),
    db().auditEvent.create({
      data: auditEventData({ actor, action: "dataset.settings_changed", datasetId: current.id, targetType: "dataset", targetId: current.id, summary, detail }),
    }),
  ]);
  return dataset;
}
