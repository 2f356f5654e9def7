import { parseArgs, type ParseArgsConfig } from "node:util";

/** A failure the CLI reports in one line, with the exit status it deserves (2: bad usage). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** node:util parseArgs with usage errors turned into one clear line and exit status 2. */
export function parseCliArgs<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T, usage: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    throw new CliError(`${e instanceof Error ? e.message : e}\nUsage: ${usage}`, 2);
  }
}
