import { wakeFineTunePoller } from "../../jobs/fine-tune-poller";
import { executeLaunch } from "./run-launch";

/** Starts a launch in the background of the server process; its page shows the progress. */
export function startLaunch(jobId: string): void {
  void executeLaunch(jobId).finally(() => wakeFineTunePoller());
}
