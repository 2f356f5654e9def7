import type { Actor } from "../actor";
import { db } from "../client";
import { AppError } from "../../errors";
import { DatasetCreateSchema } from "../../validation/dataset";
import { DEFAULT_TARGET_MODEL, resolveModel } from "../../models/fine-tunable-models";

/** Creates a dataset; its creator (unless an admin, who sees every dataset) becomes its first member. */
export async function createDataset(input: unknown, creator?: Actor) {
  const data = DatasetCreateSchema.parse(input);
  const model = resolveModel(data.targetModel ?? DEFAULT_TARGET_MODEL);
  if (!model) throw new AppError("bad_request", `Unknown target model "${data.targetModel}". Pick one of the fine-tunable models listed in the dataset settings.`);
  const existing = await db().dataset.findUnique({ where: { name: data.name }, select: { id: true } });
  if (existing) throw new AppError("conflict", `A dataset named "${data.name}" already exists. Choose another name or import into that one.`);
  return db().dataset.create({
    data: {
      name: data.name, description: data.description, targetModel: model.id,
      ...(creator && creator.role !== "admin" ? { members: { create: { userId: creator.id } } } : {}),
    },
  });
}

/** The CLI imports into a dataset by name and creates it when missing. */
export async function findOrCreateDataset(name: string) {
  const found = await db().dataset.findUnique({ where: { name: name.trim() } });
  return found ?? createDataset({ name });
}
