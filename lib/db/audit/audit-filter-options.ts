import { db } from "../client";
import type { Actor } from "../../auth/actor";
import { visibleDatasets } from "../scope";
import { seesAllDatasets } from "../../auth/permissions";
import type { AuditFilterOptions } from "../../audit/audit-event";

// The choices of the audit page's filter: the datasets the viewer sees, and the people
// whose events they can read. For a lead that is whoever works on their datasets, the
// admins (who act in every dataset) and themselves; the names come from the users
// table, which stays small however long the log grows.

export async function auditFilterOptions(viewer: Actor): Promise<AuditFilterOptions> {
  const userWhere = seesAllDatasets(viewer.role)
    ? {}
    : {
        OR: [{ id: viewer.id }, { role: "admin" }, { memberships: { some: { dataset: { members: { some: { userId: viewer.id } } } } } }],
      };
  const [users, datasets] = await Promise.all([
    db().user.findMany({ where: userWhere, orderBy: [{ name: "asc" }, { email: "asc" }], select: { id: true, name: true, email: true } }),
    db().dataset.findMany({ where: visibleDatasets(viewer), orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { users, datasets };
}
