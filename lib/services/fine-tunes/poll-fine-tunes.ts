import type { OpenAI } from "openai";
import { db, sqlite } from "../../db/client";
import { sqliteTimestamp } from "../../db/imports/conversation-writer";
import { resolveProvider } from "../../db/providers/provider-settings";
import { providerClient } from "../../providers/provider-client";
import type { ProviderConfig } from "../../providers/provider-config";
import { explainProviderError } from "../../providers/fine-tune-refusal";
import { FINAL_STATUSES, type FineTuneStatus, type ProviderKind } from "../../fine-tunes/fine-tune-vocabulary";
import { executeLaunch, isLaunching } from "./run-launch";
import { jobFields, planNextPoll, scheduleAfterError, type JobRow } from "../../db/fine-tunes/job-updates";

// One look at each job that is due: its status, new events (metrics included) and
// checkpoints, written to the row, and when to look next (planNextPoll: slower while
// queued, faster while running, backing off as the provider asks on 429 and 5xx, and
// never again once final). Everything lives on the row, so a restarted server picks up
// exactly where the last one stopped. Launches interrupted before their job existed are
// resumed from here too.

const EVENT_PAGE = 100;

/** Polls every job whose time has come; returns how many it looked at. */
export async function pollDueFineTunes(now = new Date()): Promise<number> {
  const due = await db().fineTuneJob.findMany({
    where: { nextPollAt: { lte: now }, status: { notIn: [...FINAL_STATUSES] } },
    orderBy: { nextPollAt: "asc" },
    take: 20,
  });
  let polled = 0;
  for (const job of due) {
    if (isLaunching(job.id)) continue;
    if (!job.providerJobId) await executeLaunch(job.id);
    else await pollFineTune(job);
    polled++;
  }
  return polled;
}

/** When the next job is due, so the poller can sleep until then. */
export async function nextPollDue(): Promise<Date | null> {
  const next = await db().fineTuneJob.findFirst({
    where: { nextPollAt: { not: null }, status: { notIn: [...FINAL_STATUSES] } },
    orderBy: { nextPollAt: "asc" },
    select: { nextPollAt: true },
  });
  return next?.nextPollAt ?? null;
}

export async function pollFineTune(job: JobRow, o: { client?: OpenAI; now?: Date } = {}): Promise<void> {
  if (!job.providerJobId) return;
  let config: ProviderConfig | undefined;
  try {
    config = await resolveProvider(job.provider as ProviderKind);
    const client = o.client ?? providerClient(config, { maxRetries: 0, timeoutMs: 60_000 });
    const remote = await client.fineTuning.jobs.retrieve(job.providerJobId);
    await syncEvents(client, job);
    // Checkpoints exist only once training runs; before that the request would only spend rate limit.
    if (remote.status === "running" || remote.status === "succeeded") await syncCheckpoints(client, job);
    const fields = jobFields(remote, job.status as FineTuneStatus);
    const next = planNextPoll(
      { status: job.status as FineTuneStatus, pollFailures: job.pollFailures },
      { kind: "job", status: remote.status },
      o.now ?? new Date(),
    );
    await db().fineTuneJob.update({
      where: { id: job.id },
      // A successful look clears an error waited out earlier; a failed job's own error stays.
      data: { ...fields, error: fields.error ?? null, status: next.status, pollFailures: next.pollFailures, nextPollAt: next.nextPollAt },
    });
  } catch (e) {
    await scheduleAfterError(job, explainProviderError(e, config), o.now);
  }
}

/** New events since the newest one stored (the provider lists newest first). */
async function syncEvents(client: OpenAI, job: JobRow) {
  const newest = await db().fineTuneEvent.findFirst({ where: { jobId: job.id }, orderBy: { id: "desc" }, select: { providerEventId: true } });
  const fresh: { id: string; created_at: number; level: string; type?: string; message: string; data?: unknown }[] = [];
  let after: string | undefined;
  for (;;) {
    const page = await client.fineTuning.jobs.listEvents(job.providerJobId!, { limit: EVENT_PAGE, ...(after ? { after } : {}) });
    const stop = page.data.findIndex((e) => e.id === newest?.providerEventId);
    fresh.push(...(stop === -1 ? page.data : page.data.slice(0, stop)));
    if (stop !== -1 || !page.has_more || !page.data.length) break;
    after = page.data[page.data.length - 1].id;
  }
  if (!fresh.length) return;
  // OR IGNORE: a command-line refresh and the server's poller may store the same event.
  const insert = sqlite().prepare(
    `INSERT OR IGNORE INTO FineTuneEvent (jobId, providerEventId, createdAt, level, type, message, data) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  sqlite().transaction(() => {
    for (const e of fresh.reverse()) {
      const data = e.data === undefined || e.data === null ? null : JSON.stringify(e.data);
      insert.run(job.id, e.id, sqliteTimestamp(new Date(e.created_at * 1000)), e.level, e.type ?? "message", e.message, data);
    }
  })();
}

async function syncCheckpoints(client: OpenAI, job: JobRow) {
  const page = await client.fineTuning.jobs.checkpoints.list(job.providerJobId!, { limit: 100 });
  // OR IGNORE, as for events: a checkpoint already stored (by this poller or a command-line refresh) stays as it is.
  const insert = sqlite().prepare(
    `INSERT OR IGNORE INTO FineTuneCheckpoint (jobId, providerCheckpointId, step, fineTunedModelCheckpoint, metrics, createdAt) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  sqlite().transaction(() => {
    for (const c of page.data) {
      insert.run(job.id, c.id, c.step_number, c.fine_tuned_model_checkpoint, JSON.stringify(c.metrics ?? {}), sqliteTimestamp(new Date(c.created_at * 1000)));
    }
  })();
}
