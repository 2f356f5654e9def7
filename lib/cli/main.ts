import { ZodError } from "zod";
import { isAppError } from "../errors";
import { closeDb } from "../db/client";
import { importCommand } from "./commands/import-command";
import { exportCommand } from "./commands/export-command";
import { snapshotCommand } from "./commands/snapshot-command";
import { datasetsCommand } from "./commands/datasets-command";
import { bulkCommand, undoCommand } from "./commands/bulk-command";
import { dedupCommand } from "./commands/dedup-command";
import { usersCommand } from "./commands/users-command";
import { tokensCommand } from "./commands/tokens-command";
import { validateCommand } from "./commands/validate-command";
import { finetuneCommand } from "./commands/finetune-command";
import { evalCommand } from "./commands/eval-command";
import { CliError } from "./cli-error";
import { DEFAULT_TARGET_MODEL } from "../models/fine-tunable-models";

// `tuneset <command>`: the same lib functions the app and the HTTP API call, on the
// database named by DATABASE_URL (migrated on first use).

const HELP = `Usage: tuneset <command> [options]

Commands:
  import FILE --dataset NAME [--resume] [--json]
                                          Import a JSONL file (creates the dataset if missing); --resume goes
                                          on with an interrupted import of the same file after its last line
  export --dataset NAME [--status approved|pending|rejected|needs_changes|all] [--out FILE] [--allow-errors]
                                          Write the dataset as OpenAI JSONL (stdout without --out); refused
                                          when the pre-flight check finds errors, unless --allow-errors
  snapshot --dataset NAME [--status approved|…|all] [--validation 0.1] [--seed N]
           [--system-prompt keep|drop|replace [--replacement TEXT]] [--allow-errors] [--json]
                                          Freeze the records as a numbered snapshot under the data directory
                                          (train.jsonl, validation.jsonl with a split, manifest.json); --json
                                          prints the manifest
  datasets [--json]                       List datasets with counts by status
  datasets rename NAME NEW_NAME | describe NAME TEXT
                                          Change a dataset's name or description
  datasets delete NAME | trash [--json] | restore NAME|ID [--as NEW_NAME]
                                          Delete into the trash of datasets (kept 30 days), list it, restore
  bulk --dataset NAME [--status S] [--label L] [--search Q] [--invalid] [--ids 1,2,3]
       (--set-status S | --add-label L | --remove-label L | --system-prompt TEXT | --system-prompt-file F
        | --find A --replace B [--regex] [--case-sensitive] [--role R] | --redact-pii | --delete | --restore) [--dry-run] [--json]
                                          Change every conversation matching the filter (or the ids) at once;
                                          --dry-run shows counts and samples; each change can be undone
  undo --operation ID [--json]            Undo a bulk change as a whole (once); later edits are kept
  dedup --dataset NAME [--threshold 0.8] [--scope conversation|user|assistant]
        [--against DATASET | --against-file FILE] [--json]
                                          Find exact and near-duplicate conversations (or, with --against,
                                          records leaking between two sets); --json prints every cluster
  users create --email E --role viewer|annotator|lead|admin [--name N] [--password P]
                                          Make an account (without --password, one is generated and printed)
  users list [--json]                     Who has an account, and their role
  tokens create --email E [--role R] [--name N]
                                          Print a new API token for that user (role no higher than theirs)
  validate FILE [--model ID] [--json]     Check a JSONL file before a fine-tune: errors, warnings, tokens and
                                          estimated cost (default model ${DEFAULT_TARGET_MODEL}); needs no database;
                                          exit 0 clean, 1 errors, 2 unreadable file

  finetune launch --dataset NAME|--snapshot ID --model ID [--status approved|all] [--validation 0.1]
       [--provider openai|azure|compatible] [--base-url URL] [--method supervised|dpo] [--epochs N|auto]
       [--batch-size N|auto] [--lr-multiplier X|auto] [--beta X|auto] [--suffix S] [--seed N] [--json]
                                          Snapshot (with --dataset), upload and create a fine-tune job; prints
                                          it once the provider has created it (credentials from the environment
                                          or the settings page)
  finetune status ID [--json]             The job now: status, model, events, the provider's refusal if any
  finetune list [--json]                  Every fine-tune with its dataset, snapshot and resulting model

  eval run --snapshot ID|--dataset NAME --model-a ID --model-b ID [--status approved|all]
       [--provider openai|azure|compatible] [--base-url URL] [--concurrency N] [--temperature T]
       [--max-tokens N] [--judge-model ID [--rubric-file FILE]] [--votes-per-pair N]
       [--training-dataset NAME] [--name TEXT] [--seed N] [--json]
                                          Ask two models every prompt of a held-out set (a snapshot's
                                          validation split, or a dataset marked for evaluation), score the
                                          answers and print the report; --json prints {"eval", "scores"}
  eval report ID [--json]                 An evaluation's scores, win rates and agreement, with intervals
  eval list [--json]                      Every evaluation with its models and status

Working on the database file directly, every other command acts as an admin, recorded as "Command line".

Environment: DATABASE_URL (default file:./data/tuneset.db)`;

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  import: importCommand,
  export: exportCommand,
  snapshot: snapshotCommand,
  datasets: datasetsCommand,
  bulk: bulkCommand,
  undo: undoCommand,
  dedup: dedupCommand,
  users: usersCommand,
  tokens: tokensCommand,
  validate: validateCommand,
  finetune: finetuneCommand,
  eval: evalCommand,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    console.log(HELP);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`tuneset: unknown command "${name}"\n\n${HELP}`);
    return 2;
  }
  try {
    return await command(rest);
  } catch (e) {
    // The reader of our output went away (`tuneset export | head`): not a failure.
    if ((e as NodeJS.ErrnoException)?.code === "EPIPE") return 0;
    console.error(`tuneset ${name}: ${describe(e)}`);
    return e instanceof CliError ? e.exitCode : 1;
  } finally {
    await closeDb();
  }
}

function describe(e: unknown): string {
  if (e instanceof ZodError) {
    return e.issues
      .map((i) => {
        const path = i.path.join(".");
        return path && !i.message.startsWith(path) ? `${path}: ${i.message}` : i.message;
      })
      .join("; ");
  }
  if (isAppError(e) || e instanceof CliError) return e.message;
  if (e instanceof Error) return `${e.message} (database or system error; check DATABASE_URL and the file's permissions)`;
  return String(e);
}
