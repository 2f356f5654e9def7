import { CliError, parseCliArgs } from "../cli-error";
import { DEFAULT_TARGET_MODEL, FINE_TUNABLE_MODELS, resolveModel } from "../../models/fine-tunable-models";
import { errorTotal, formatReport } from "../../preflight/report-text";
import { UnreadableFileError, validateFile } from "../../preflight/validate-file";

// `tuneset validate FILE`: the pre-flight check on a file, before it is imported
// or uploaded. It never opens the database, so it runs in any CI pipeline.
// Exit status: 0 no errors, 1 errors, 2 the file or the options are unusable.

const USAGE = "tuneset validate FILE [--model ID] [--json]";

export async function validateCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCliArgs(args, { model: { type: "string" }, json: { type: "boolean" } }, USAGE);
  if (positionals.length !== 1) throw new CliError(`name one JSONL file to check\nUsage: ${USAGE}`, 2);
  const wanted = values.model ?? DEFAULT_TARGET_MODEL;
  const model = resolveModel(wanted);
  if (!model) {
    const ids = FINE_TUNABLE_MODELS.map((m) => m.id).join(", ");
    throw new CliError(`unknown model "${wanted}": use one of ${ids}, or a family name such as gpt-4o-mini`, 2);
  }
  const file = positionals[0];
  const progress =
    !values.json && process.stderr.isTTY ? (lines: number) => process.stderr.write(`\r${lines.toLocaleString("en-US")} lines checked`) : undefined;
  let report;
  try {
    report = await validateFile(file, { model, onProgress: progress });
  } catch (e) {
    if (e instanceof UnreadableFileError) throw new CliError(e.message, 2);
    throw e;
  } finally {
    if (progress) process.stderr.write("\r\x1b[K");
  }
  console.log(values.json ? JSON.stringify(report) : formatReport(report, file, model));
  return errorTotal(report) > 0 ? 1 : 0;
}
