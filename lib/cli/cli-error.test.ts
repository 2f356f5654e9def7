import { describe, expect, it } from "vitest";
import { booleanOptions, CliError, parseCliOptions, runSubcommand, stringOptions } from "./cli-error";

/** Runs `run`, which must fail as a usage error (exit status 2) saying `message`. */
const usageError = (run: () => unknown, message: string | RegExp) => {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    expect((e as CliError).exitCode).toBe(2);
    const said = (e as Error).message;
    if (message instanceof RegExp) expect(said).toMatch(message);
    else expect(said).toBe(message);
    return;
  }
  throw new Error("expected a usage error");
};

describe("parseCliOptions", () => {
  const options = { dataset: { type: "string" }, json: { type: "boolean" } } as const;

  it("gives the options' values", () => {
    expect(parseCliOptions(["--dataset", "support", "--json"], options, "tuneset x --dataset NAME")).toEqual({ dataset: "support", json: true });
  });

  it.each([
    [["support"], 'unexpected argument "support"\nUsage: tuneset x --dataset NAME'],
    [["--datset", "support"], /^Unknown option '--datset'.*\nUsage: tuneset x --dataset NAME$/s],
  ])("refuses %j with the usage, exit status 2", (args, message) => {
    usageError(() => parseCliOptions(args, options, "tuneset x --dataset NAME"), message);
  });
});

describe("runSubcommand", () => {
  const subcommands = { list: async (rest: string[]) => rest.length };

  it("runs the one named first with the rest of the words", async () => {
    expect(await runSubcommand(["list", "--json", "x"], subcommands, "tuneset y list")).toBe(2);
  });

  it.each([
    [[], "a subcommand is required\nUsage: tuneset y list"],
    [["lsit"], 'unknown subcommand "lsit"\nUsage: tuneset y list'],
    [["toString"], 'unknown subcommand "toString"\nUsage: tuneset y list'],
  ])("refuses %j with the usage, exit status 2", (args, message) => {
    usageError(() => runSubcommand(args, subcommands, "tuneset y list"), message);
  });
});

describe("stringOptions and booleanOptions", () => {
  it("declare flags that take a value and switches, as parseArgs reads them", () => {
    const options = { ...stringOptions("dataset", "base-url"), ...booleanOptions("json") };
    expect(options).toEqual({ dataset: { type: "string" }, "base-url": { type: "string" }, json: { type: "boolean" } });
    expect(parseCliOptions(["--dataset", "x", "--base-url=http://h", "--json"], options, "u")).toEqual({ dataset: "x", "base-url": "http://h", json: true });
  });
});
