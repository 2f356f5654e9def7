import { ModelId } from "./model-id";
import { Table, TableBody, TableCell, TableFrame, TableHead, TableHeader } from "@/components/ui/table";

type Checkpoint = { providerCheckpointId: string; step: number; fineTunedModelCheckpoint: string; metrics: Record<string, number> };

const fmt = (v: number | undefined) => (typeof v === "number" ? v.toFixed(4) : "—");

// Checkpoints the provider kept: each is a model that can be used on its own.
export function CheckpointsTable({ checkpoints }: { checkpoints: Checkpoint[] }) {
  return (
    <section aria-labelledby="checkpoints" className="space-y-2">
      <h2 id="checkpoints" className="text-sm font-semibold text-zinc-800">
        Checkpoints
      </h2>
      <TableFrame flat>
        <Table>
          <TableHeader>
              <TableHead className="text-right">Step</TableHead>
              <TableHead className="text-right">Training loss</TableHead>
              <TableHead className="text-right">Validation loss</TableHead>
              <TableHead>Model</TableHead>
            </TableHeader>
          <TableBody>
            {checkpoints.map((c) => (
              <tr key={c.providerCheckpointId}>
                <TableCell dense className="text-right tabular-nums">{c.step}</TableCell>
                <TableCell dense className="text-right tabular-nums">{fmt(c.metrics.train_loss)}</TableCell>
                <TableCell dense className="text-right tabular-nums">{fmt(c.metrics.valid_loss ?? c.metrics.full_valid_loss)}</TableCell>
                <TableCell dense>
                  <ModelId value={c.fineTunedModelCheckpoint} />
                </TableCell>
              </tr>
            ))}
          </TableBody>
        </Table>
      </TableFrame>
    </section>
  );
}
