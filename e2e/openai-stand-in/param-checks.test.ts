import { describe, expect, it } from "vitest";
import { arrayTooLong, checkDecimal, checkInteger, emptyArray, outOfBounds } from "./param-checks";

// The provider's exact wording: the SDK shows it to users, and Tuneset's own messages quote it.
describe("provider error wording", () => {
  it.each([
    [outOfBounds("n", "integer", 0, ">=", 1), "Invalid 'n': integer below minimum value. Expected a value >= 1, but got 0 instead.", "integer_below_min_value"],
    [
      outOfBounds("n", "integer", 129, "<=", 128),
      "Invalid 'n': integer above maximum value. Expected a value <= 128, but got 129 instead.",
      "integer_above_max_value",
    ],
    [
      outOfBounds("beta", "decimal", 0, ">", 0),
      "Invalid 'beta': decimal below minimum value. Expected a value > 0, but got 0 instead.",
      "decimal_below_min_value",
    ],
    [
      outOfBounds("top_p", "decimal", 1.5, "<=", 1),
      "Invalid 'top_p': decimal above maximum value. Expected a value <= 1, but got 1.5 instead.",
      "decimal_above_max_value",
    ],
    [emptyArray("tools"), "Invalid 'tools': empty array. Expected an array with minimum length 1, but got an empty array instead.", "empty_array"],
    [
      arrayTooLong("stop", 4, 5),
      "Invalid 'stop': array too long. Expected an array with maximum length 4, but got an array with length 5 instead.",
      "array_above_max_length",
    ],
  ])("%#: %s", (error, message, code) => {
    expect(error).toMatchObject({ message, code });
  });

  it("checks bounds inclusively for integers and exclusively below for decimals", () => {
    expect(checkInteger("n", 1, 1, 3)).toBe(1);
    expect(() => checkInteger("n", 4, 1, 3)).toThrow("integer above maximum value");
    expect(() => checkDecimal("beta", 0, 0, 2)).toThrow("Expected a value > 0");
    expect(checkDecimal("beta", 2, 0, 2)).toBe(2);
  });
});
