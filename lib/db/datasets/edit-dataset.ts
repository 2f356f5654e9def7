import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import type { DatasetEdit } from "../../validation/dataset";
import { auditEventData } from "../audit/record-audit";
import { uniqueConflict } from "../unique-conflict";
import { findLiveDatasetByName, getDataset } from "./get-dataset";
import type { DatasetScope } from "../scope";

/** The refusal of a name another live dataset has; the same words the database's own refusal gets. */
export const nameTaken = (name: string) => new AppError("conflict", `A dataset named “${name}” already exists; pick another name`, { field: "name" });

/** Refuses `name` when a live dataset other than `exceptId` has it. */
export async function assertNameFree(name: string, exceptId: string) {
  const holder = await findLiveDatasetByName(name);
  if (holder && holder.id !== exceptId) throw nameTaken(name);
}

/**
 * Renames and/or re-describes a live dataset, with one audit event per change in the
 * same transaction. Values equal to the current ones change (and log) nothing. A name
 * another live dataset holds is a 409 naming it, before the write or, in a race, from the
 * database's partial unique index.
 */
export async function editDataset(scope: DatasetScope, input: DatasetEdit, actor: Actor) {
  const current = await getDataset(scope);
  const name = input.name !== undefined && input.name !== current.name ? input.name : undefined;
  const description = input.description !== undefined && input.description !== current.description ? input.description : undefined;
  if (name === undefined && description === undefined) return current;
  if (name !== undefined) await assertNameFree(name, current.id);
  const event = (action: "dataset.renamed" | "dataset.described", summary: string, detail: object) =>
    db().auditEvent.create({ data: auditEventData({ actor, action, datasetId: current.id, targetType: "dataset", targetId: current.id, summary, detail }) });
  const [dataset] = await db()
    .$transaction([
      db().dataset.update({
        where: { id: current.id },
        data: { ...(name !== undefined ? { name } : {}), ...(description !== undefined ? { description } : {}) },
      }),
      ...(name !== undefined ? [event("dataset.renamed", `Renamed the dataset ${current.name} to ${name}.`, { from: current.name, to: name })] : []),
      ...(description !== undefined
        ? [
            event("dataset.described", `Changed the description of ${name ?? current.name}${description ? "" : " to none"}.`, {
              from: current.description,
              to: description,
            }),
          ]
        : []),
    ])
    .catch((e: unknown) => {
      throw uniqueConflict(e, { name }) ?? e;
    });
  return dataset;
}
