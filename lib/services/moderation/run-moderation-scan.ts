import { OpenAIError, type OpenAI } from "openai";
import { db, sqlite } from "../../db/client";
import type { Actor } from "../../auth/actor";
import { AppError } from "../../errors";
import { sqliteTimestamp } from "../../db/imports/conversation-writer";
import { auditEventData } from "../../db/audit/record-audit";
import { getDataset } from "../../db/datasets/get-dataset";
import type { ModerationScanRequest } from "../../validation/moderation";
import { resolveProvider } from "../../db/providers/provider-settings";
import { providerClient } from "../../providers/provider-client";
import { describeProviderError } from "../../providers/provider-error";
import { recordInputs } from "../../moderation/moderation-inputs";
import { MODERATION_LIMITS, MODERATION_MODEL, planBatches, type ModerationLimits } from "../../moderation/moderation-batches";
import { combineVerdicts, ResultCountMismatch, type ModerationResultLike } from "../../moderation/moderation-verdict";
import { INTERRUPTED_MESSAGE, SILENT_MINUTES } from "../../moderation/moderation-status";
import { countScanTargets, readScanPage, writeVerdicts, type ScanRow, type ScanTarget } from "../../db/moderation/scan-records";
import type { DatasetScope } from "../../db/scope";

// A moderation pre-scan as a recorded job, like a de-duplication run: a row with its
// progress, the work in the background of the server process, and on a provider's
// refusal a stop with the reason in plain words. Verdicts are written page by page, so
// whatever was scanned before a stop is kept and the next scan of unscanned records
// picks up where this one ended.

/** Records read, sent and written together: a failure loses at most one page's requests. */
const PAGE = 64;
const HEARTBEAT_MS = 5000;
/** The SDK's own attempts per request (one try and two retries), named in explanations. */
const ATTEMPTS = 3;

export type ScanSpec = ScanTarget & { runId: string; model: string; host: string };

/** Checks the request and the dataset's consent, and creates the run row; the caller starts the work. */
export async function createModerationScan(scope: DatasetScope, req: ModerationScanRequest, actor: Actor): Promise<ScanSpec> {
  const { datasetId } = scope;
  const dataset = await getDataset(scope);
  if (!dataset.moderationEnabled) {
    throw new AppError(
      "bad_request",
      "The moderation pre-scan is off for this dataset. A lead turns it on in the dataset's settings, which allows its content to be sent to the provider.",
    );
  }
  // OpenAI as configured on the settings page, or else by the environment: the same provider a fine-tune uses.
  const connection = await resolveProvider("openai");
  failInterruptedModerationScans();
  const running = await db().moderationRun.findFirst({ where: { datasetId, status: "running" }, select: { id: true } });
  if (running)
    throw new AppError("conflict", "A moderation scan is already running on this dataset; wait for it to finish (its progress is in the dataset's settings).");
  const target: ScanTarget = { datasetId, mode: req.mode, filter: req.filter ?? null };
  const total = countScanTargets(target);
  const run = await db().$transaction(async (tx) => {
    const created = await tx.moderationRun.create({
      data: {
        datasetId,
        mode: req.mode,
        filter: req.filter ? JSON.stringify(req.filter) : null,
        model: MODERATION_MODEL,
        host: connection.host,
        total,
        createdById: actor.id,
      },
      select: { id: true },
    });
    const which = req.mode === "all" ? "every record" : "records not scanned since their last edit";
    const summary = `Started a moderation scan of ${dataset.name} (${which}${req.filter ? " in a filter" : ""}), sending ${total} record${total === 1 ? "" : "s"} to ${connection.host}.`;
    const detail = { mode: req.mode, filter: req.filter ?? null, total, host: connection.host, model: MODERATION_MODEL };
    await tx.auditEvent.create({
      data: auditEventData({ actor, action: "moderation.scan_started", datasetId, targetType: "moderation_run", targetId: created.id, summary, detail }),
    });
    return created;
  });
  return { ...target, runId: run.id, model: MODERATION_MODEL, host: connection.host };
}

export type ScanOptions = { client?: OpenAI; limits?: ModerationLimits };

/** Runs the scan to its end, recording success or the reason it stopped on the row (never throws). */
export async function executeModerationScan(spec: ScanSpec, o: ScanOptions = {}): Promise<void> {
  const limits = o.limits ?? MODERATION_LIMITS;
  const progress = sqlite().prepare(`UPDATE ModerationRun SET processed = ?, flagged = ?, heartbeatAt = ? WHERE id = ?`);
  const beat = sqlite().prepare(`UPDATE ModerationRun SET heartbeatAt = ? WHERE id = ?`);
  // Beats while waiting on the provider too (the SDK's retries may wait long), so a live scan is never taken for a dead one.
  const heartbeat = setInterval(() => beat.run(sqliteTimestamp(), spec.runId), HEARTBEAT_MS);
  let processed = 0;
  let flagged = 0;
  try {
    const client = o.client ?? providerClient(await resolveProvider("openai"), { maxRetries: 2, timeoutMs: 60_000 });
    for (let after = 0; ;) {
      if (!stillEnabled(spec.datasetId)) {
        throw new AppError(
          "bad_request",
          `The moderation pre-scan was turned off while it ran, so nothing more was sent; ${processed} of the records were scanned.`,
        );
      }
      const rows = readScanPage(spec, after, PAGE);
      if (!rows.length) break;
      const written = writeVerdicts(rows, await judge(client, spec.model, rows, limits));
      processed += rows.length;
      flagged += written.flagged;
      after = rows[rows.length - 1].id;
      progress.run(processed, flagged, sqliteTimestamp(), spec.runId);
    }
    sqlite()
      .prepare(`UPDATE ModerationRun SET status = 'done', processed = ?, total = max(total, ?), flagged = ?, finishedAt = ? WHERE id = ?`)
      .run(processed, processed, flagged, sqliteTimestamp(), spec.runId);
  } catch (e) {
    const message = failureMessage(e, spec, processed);
    console.error(`Moderation scan ${spec.runId} stopped: ${message}`);
    sqlite()
      .prepare(`UPDATE ModerationRun SET status = 'failed', processed = ?, flagged = ?, failure = ?, finishedAt = ? WHERE id = ?`)
      .run(processed, flagged, message, sqliteTimestamp(), spec.runId);
  } finally {
    clearInterval(heartbeat);
  }
}

/** One page's verdicts: its records' inputs in as few requests as the limits allow. */
async function judge(client: OpenAI, model: string, rows: ScanRow[], limits: ModerationLimits) {
  const records = rows.map((r) => ({ id: r.id, inputs: recordInputs(r.kind, parseBody(r.body), limits.charsPerInput) }));
  const answered: { batch: ReturnType<typeof planBatches>[number]; results: ModerationResultLike[] }[] = [];
  for (const batch of planBatches(records, limits)) {
    const response = await client.moderations.create({ model, input: batch.inputs });
    answered.push({ batch, results: response.results });
  }
  return combineVerdicts(
    records.map((r) => r.id),
    answered,
  );
}

function parseBody(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

const stillEnabled = (datasetId: string) => sqlite().prepare(`SELECT moderationEnabled FROM Dataset WHERE id = ?`).pluck().get(datasetId) === 1;

function failureMessage(e: unknown, spec: ScanSpec, processed: number): string {
  if (e instanceof AppError) return e.message;
  const kept = processed ? `The ${processed} records scanned before the stop keep their verdicts; scanning not-yet-scanned records picks up from there.` : "";
  if (e instanceof ResultCountMismatch) {
    return `${spec.host} answered ${e.results} results for ${e.inputs} inputs, so they could not be matched to records and the scan stopped. Check that OPENAI_BASE_URL points at an OpenAI-compatible moderation endpoint.`;
  }
  if (e instanceof OpenAIError) return describeProviderError(e, { host: spec.host, attempts: ATTEMPTS, afterwards: kept }).message;
  console.error("Moderation scan failed:", e);
  return `The scan stopped on an internal error; scan again, and if it fails again, check the server log. ${kept}`.trim();
}

/** Starts a scan in the background of the server process and returns at once. */
export async function startModerationScan(scope: DatasetScope, req: ModerationScanRequest, actor: Actor): Promise<{ runId: string }> {
  const spec = await createModerationScan(scope, req, actor);
  void executeModerationScan(spec);
  return { runId: spec.runId };
}

/** Scans left "running" by a process that stopped cannot finish: say so, so another can start. */
export function failInterruptedModerationScans(silentMinutes = SILENT_MINUTES) {
  const cutoff = sqliteTimestamp(new Date(Date.now() - silentMinutes * 60_000));
  sqlite()
    .prepare(`UPDATE ModerationRun SET status = 'failed', failure = ?, finishedAt = ? WHERE status = 'running' AND coalesce(heartbeatAt, startedAt) < ?`)
    .run(INTERRUPTED_MESSAGE, sqliteTimestamp(), cutoff);
}
