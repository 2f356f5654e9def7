import { parseCliArgs } from "../cli-error";
import { listDatasets } from "../../db/datasets/list-datasets";
import { commandLineActor } from "../../db/actor";
import { STATUSES } from "../../validation/statuses";

export async function datasetsCommand(args: string[]): Promise<number> {
  const { values } = parseCliArgs(args, { json: { type: "boolean" } }, "tuneset datasets [--json]");
  const datasets = await listDatasets(await commandLineActor());
  if (values.json) {
    console.log(
      JSON.stringify({
        datasets: datasets.map((d) => ({
          id: d.id,
          name: d.name,
          target_model: d.targetModel,
          total: d.total,
          invalid: d.invalid,
          counts: d.counts,
        })),
      }),
    );
    return 0;
  }
  if (!datasets.length) {
    console.log("No datasets yet. Import one: tuneset import FILE --dataset NAME");
    return 0;
  }
  const header = ["name", "total", ...STATUSES, "invalid"];
  const rows = datasets.map((d) => [d.name, d.total, ...STATUSES.map((s) => d.counts[s]), d.invalid].map(String));
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  for (const r of [header, ...rows]) console.log(r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  "));
  return 0;
}
