import { execFile, spawn, type ChildProcess } from "node:child_process";
import { promisify } from "node:util";
import { mkdtempSync, openSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import Database from "better-sqlite3";
import { expect, publicFile, test } from "./fixtures";

// The server follows a fine-tune without anyone watching, and a restart does not lose
// it: the command line launches a job on its own database, a server follows it to
// "running" and is stopped, and a new server (with no page ever opened) follows it to
// the end. Its own stand-in of the provider makes the run long enough to stop it mid-way;
// it runs as a process of its own, as the shared one does, so this file loads none of it.

const KEY = "sk-restart-test-5d1e9c0a7b3f4e21";
const PORT = Number(process.env.E2E_PORT ?? 3199) + 60;
const dir = mkdtempSync(join(tmpdir(), "tuneset-restart-"));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: `file:${join(dir, "restart.db")}`,
  OPENAI_API_KEY: KEY,
  TUNESET_POLL_INTERVAL_MS: "300",
  TUNESET_FILE_POLL_MS: "100",
  NEXT_TELEMETRY_DISABLED: "1",
};
const STAND_IN_PORT = PORT + 1;
let standIn: ChildProcess | null = null;
let server: ChildProcess | null = null;

test.beforeAll(async () => {
  const timing = { STAND_IN_FILE_PROCESSING_MS: "100", STAND_IN_VALIDATING_MS: "500", STAND_IN_QUEUED_MS: "500", STAND_IN_RUNNING_MS: "12000" };
  standIn = spawn(process.execPath, ["node_modules/.bin/tsx", "e2e/openai-stand-in/main.ts"], {
    env: { ...process.env, ...timing, STAND_IN_PORT: String(STAND_IN_PORT), STAND_IN_API_KEY: KEY },
    stdio: ["ignore", openSync(join(dir, "stand-in.log"), "a"), openSync(join(dir, "stand-in.log"), "a")],
    detached: true,
  });
  await expect
    .poll(
      () =>
        fetch(`http://127.0.0.1:${STAND_IN_PORT}/_stand-in/health`).then(
          (r) => r.status,
          () => 0,
        ),
      { timeout: 30_000 },
    )
    .toBe(200);
  env.OPENAI_BASE_URL = `http://127.0.0.1:${STAND_IN_PORT}/v1`;
});
test.afterAll(async () => {
  if (server && server.exitCode === null) await stopServer(server);
  if (standIn && standIn.exitCode === null) await stopServer(standIn);
});

const tuneset = async (...args: string[]) => (await promisify(execFile)(process.execPath, ["scripts/tuneset.mjs", ...args], { env, encoding: "utf8" })).stdout;

function startServer(): ChildProcess {
  const child = spawn(process.execPath, ["node_modules/.bin/tsx", "scripts/serve.ts", "-H", "127.0.0.1", "-p", String(PORT)], {
    env,
    stdio: ["ignore", openSync(join(dir, "server.log"), "a"), openSync(join(dir, "server.log"), "a")],
    detached: true,
  });
  return child;
}

async function stopServer(child: ChildProcess) {
  const exited = new Promise((r) => child.once("exit", r));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}

function jobRow(id: string) {
  const db = new Database(join(dir, "restart.db"), { readonly: true });
  try {
    return db
      .prepare("SELECT status, fineTunedModel, (SELECT count(*) FROM FineTuneEvent e WHERE e.jobId = j.id) AS events FROM FineTuneJob j WHERE id = ?")
      .get(id) as { status: string; fineTunedModel: string | null; events: number };
  } finally {
    db.close();
  }
}

test("polling resumes after the server restarts mid-job, with no page open", async () => {
  test.setTimeout(120_000);
  await tuneset("import", publicFile("gsm8k-chat-train.jsonl"), "--dataset", "restart");
  await tuneset("bulk", "--dataset", "restart", "--set-status", "approved");
  const launched = JSON.parse(
    await tuneset(
      "finetune",
      "launch",
      "--dataset",
      "restart",
      "--validation",
      "0.1",
      "--seed",
      "3",
      "--model",
      "gpt-4o-mini-2024-07-18",
      "--suffix",
      "restart",
      "--json",
    ),
  );
  expect(launched.job).toMatchObject({ status: "validating_files", provider_job_id: expect.stringMatching(/^ftjob-/) });
  expect(launched.snapshot).toMatchObject({ number: 1, train_records: 404, validation_records: 45 });
  const id = launched.job.id as string;

  server = startServer();
  await expect.poll(() => jobRow(id).status, { timeout: 30_000 }).toBe("running");
  await stopServer(server);
  const stopped = jobRow(id);
  expect(stopped.status).toBe("running");

  server = startServer();
  await expect.poll(() => jobRow(id).status, { timeout: 40_000, intervals: [500] }).toBe("succeeded");
  const done = jobRow(id);
  expect(done.fineTunedModel).toMatch(/^ft:gpt-4o-mini-2024-07-18:stand-in:restart:/);
  expect(done.events).toBeGreaterThan(stopped.events);
  expect(JSON.parse(await tuneset("finetune", "status", id, "--json"))).toMatchObject({ status: "succeeded", fine_tuned_model: done.fineTunedModel });
});
