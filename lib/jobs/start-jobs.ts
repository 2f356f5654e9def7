import { startBackgroundWork } from "./background-work";
import { ensureFineTunePoller } from "./fine-tune-poller";
import { ensureEvalRunner } from "./eval-runner";

// The server's loops, started together by the first page or API request. Each loop is its
// own module and none imports another; loading them here also lets lib/jobs/signal.ts
// reach them when a service wakes one.

/** Starts every loop once per server process; later calls do nothing. */
export function ensureBackgroundWorker() {
  startBackgroundWork();
  ensureFineTunePoller();
  ensureEvalRunner();
}
