import { ModelId } from "./model-id";

type Checkpoint = { providerCheckpointId: string; step: number; fineTunedModelCheckpoint: string; metrics: Record<string, number> };

const fmt = (v: number | undefined) => (typeof v === "number" ? v.toFixed(4) : "—");

// Checkpoints the provider kept: each is a model that can be used on its own.
export function CheckpointsTable({ checkpoints }: { checkpoints: Checkpoint[] }) {
  return (
    <section aria-labelledby="checkpoints" className="space-y-2">
      <h2 id="checkpoints" className="text-sm font-semibold text-zinc-800">
        Checkpoints
      </h2>
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white">
        <table className="w-full text-sm">
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-xs font-medium text-zinc-500">
            <tr>
              <th className="px-3 py-2 text-right">Step</th>
              <th className="px-3 py-2 text-right">Training loss</th>
              <th className="px-3 py-2 text-right">Validation loss</th>
              <th className="px-3 py-2">Model</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {checkpoints.map((c) => (
              <tr key={c.providerCheckpointId}>
                <td className="px-3 py-1.5 text-right tabular-nums">{c.step}</td>
                <td className="px-3 py-1.5 text-right tabular-nums">{fmt(c.metrics.train_loss)}</td>
                <td className="px-3 py-1.5 text-right tabular-nums">{fmt(c.metrics.valid_loss ?? c.metrics.full_valid_loss)}</td>
                <td className="px-3 py-1.5">
                  <ModelId value={c.fineTunedModelCheckpoint} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
