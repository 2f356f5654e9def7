import type { Actor } from "../../auth/actor";
import { db } from "../client";
import { AppError } from "../../errors";
import { DatasetCreateSchema, type DatasetCreate } from "../../validation/dataset";
import { uniqueConflict } from "../unique-conflict";
import { DEFAULT_TARGET_MODEL, resolveModel } from "../../models/fine-tunable-models";
import { auditEventData } from "../audit/record-audit";
import { findLiveDatasetByName } from "./get-dataset";

/** Creates a dataset (input parsed by the caller with DatasetCreateSchema); its creator (unless an admin, who sees every dataset) becomes its first member. */
export async function createDataset(data: DatasetCreate, creator: Actor) {
  const model = resolveModel(data.targetModel ?? DEFAULT_TARGET_MODEL);
  if (!model)
    throw new AppError("bad_request", `Unknown target model "${data.targetModel}". Pick one of the fine-tunable models listed in the dataset settings.`);
  const existing = await findLiveDatasetByName(data.name);
  if (existing) throw new AppError("conflict", `A dataset named "${data.name}" already exists. Choose another name or import into that one.`);
  // Two creations of one name at once both pass the check above; the database refuses
  // the second, which becomes a conflict naming the name, not a 500.
  return db()
    .$transaction(async (tx) => {
      const dataset = await tx.dataset.create({
        data: {
          name: data.name,
          description: data.description,
          targetModel: model.id,
          ...(creator.role !== "admin" ? { members: { create: { userId: creator.id } } } : {}),
        },
      });
      const summary = `Created the dataset ${dataset.name} for ${model.id}.`;
      await tx.auditEvent.create({
        data: auditEventData({
          actor: creator,
          action: "dataset.created",
          datasetId: dataset.id,
          targetType: "dataset",
          targetId: dataset.id,
          summary,
          detail: { name: dataset.name, targetModel: model.id },
        }),
      });
      return dataset;
    })
    .catch((e: unknown) => {
      throw uniqueConflict(e, data) ?? e;
    });
}

/** The CLI imports into a dataset by name and creates it when missing. */
export async function findOrCreateDataset(name: string, actor: Actor) {
  const found = await db().dataset.findFirst({ where: { name: name.trim(), deletedAt: null } });
  return found ?? createDataset(DatasetCreateSchema.parse({ name }), actor);
}
