import { parseArgs, type ParseArgsConfig } from "node:util";

/** A failure the CLI reports in one line, with the exit status it deserves (2: bad usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
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

/** parseCliArgs for a command that takes options only: a stray word is a usage error. */
export function parseCliOptions<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T, usage: string) {
  const { values, positionals } = parseCliArgs(args, options, usage);
  if (positionals.length) throw new CliError(`unexpected argument "${positionals[0]}"\nUsage: ${usage}`, 2);
  return values;
}

/** Runs the subcommand named first; a missing or unknown one is a usage error. */
export function runSubcommand(args: string[], subcommands: Record<string, (rest: string[]) => Promise<number>>, usage: string): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === undefined || !Object.hasOwn(subcommands, sub)) {
    throw new CliError(`${sub ? `unknown subcommand "${sub}"` : "a subcommand is required"}\nUsage: ${usage}`, 2);
  }
  return subcommands[sub](rest);
}

/** Option tables for parseCliArgs: each named flag takes a value (a string), or each is a switch (a boolean). */
export const stringOptions = <N extends string>(...names: N[]) => optionsOf(names, "string");
export const booleanOptions = <N extends string>(...names: N[]) => optionsOf(names, "boolean");
const optionsOf = <N extends string, T extends "string" | "boolean">(names: N[], type: T) =>
  Object.fromEntries(names.map((n) => [n, { type }])) as { [K in N]: { type: T } };
