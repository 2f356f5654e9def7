import { expect } from "vitest";

/**
 * Checks a pure function against a table of input → expected output, naming the input
 * of a failing row, so a test of many small cases reads as the table it is.
 */
export function expectMapping<T>(fn: (input: string) => T, table: Record<string, T>) {
  for (const [input, expected] of Object.entries(table)) expect(fn(input), input).toBe(expected);
}
