import { wake } from "../../jobs/signal";
import { executeLaunch } from "./run-launch";

/** Starts a launch in the background of the server process; its page shows the progress. */
export function startLaunch(jobId: string): void {
  executeLaunch(jobId)
    // The launch writes its own outcome; what escapes it (the database gone) only reaches the log.
    .catch((e) => console.error(`Launch of fine-tune ${jobId} failed:`, e instanceof Error ? e.message : e))
    .finally(() => wake("fine-tunes"));
}
