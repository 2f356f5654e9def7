import { open, type FileHandle } from "node:fs/promises";
import { BinaryFileError, LineTooLongError, splitLines } from "../imports/split-lines";
import { checkExample, notUtf8Check, type ExampleContext } from "./check-example";
import { createSetCheck, type PreflightReport } from "./check-set";
import { hasText } from "./example-state";
import { recordPiiKinds } from "../quality/pii";

// The whole pre-flight check of one JSONL file, streamed line by line so a file
// of any size runs in flat memory. No database: `tuneset validate` runs it in a
// user's CI pipeline, and the benchmark measures exactly this function.

/** The file cannot be read as JSONL text at all (missing, a directory, unreadable, binary). */
export class UnreadableFileError extends Error {}

export type ValidateFileOptions = ExampleContext & {
  /** Called every PROGRESS_EVERY lines with the number of lines read. */
  onProgress?: (lines: number) => void;
};

export const PROGRESS_EVERY = 10_000;

export async function validateFile(path: string, opts: ValidateFileOptions): Promise<PreflightReport> {
  const { onProgress, ...given } = opts;
  // Personal data is one of the check's warnings, so a file is scanned for it too.
  const context: ExampleContext = { piiKinds: recordPiiKinds, ...given };
  const handle = await openForReading(path);
  const set = createSetCheck({ model: context.model });
  try {
    // Blank lines are skipped, but numbering counts them, so line numbers match an editor's.
    for await (const { line, text, invalidUtf8 } of splitLines(handle.createReadStream({ highWaterMark: 1 << 20, autoClose: false }))) {
      if (onProgress && line % PROGRESS_EVERY === 0) onProgress(line);
      if (invalidUtf8) set.add(line, notUtf8Check(invalidUtf8.byte));
      else if (hasText(text)) set.add(line, checkExample(text, context));
    }
  } catch (e) {
    if (e instanceof BinaryFileError || e instanceof LineTooLongError) throw new UnreadableFileError(`${path}: ${e.message}`);
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code) throw new UnreadableFileError(`cannot read ${path} (${code}); check that it is a readable file`);
    throw e;
  } finally {
    await handle.close();
  }
  return set.finish();
}

async function openForReading(path: string): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(path, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new UnreadableFileError(`no such file: ${path}`);
    if (code === "EACCES" || code === "EPERM") throw new UnreadableFileError(`cannot read ${path}: permission denied; check its permissions`);
    throw new UnreadableFileError(`cannot open ${path} (${code ?? String(e)})`);
  }
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw new UnreadableFileError(`${path} is a directory; name a JSONL file`);
  }
  return handle;
}
