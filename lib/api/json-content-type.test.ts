import { describe, expect, it } from "vitest";
import { assertJsonContentType, isJsonContentType } from "./json-content-type";
import { AppError } from "../errors";

describe("JSON content type", () => {
  it("accepts application/json with parameters and in any case", () => {
    expect(isJsonContentType("application/json")).toBe(true);
    expect(isJsonContentType("application/json; charset=utf-8")).toBe(true);
    expect(isJsonContentType("Application/JSON")).toBe(true);
  });

  it("refuses text, forms, near misses and a missing header with 415, naming what came", () => {
    for (const header of [
      "text/plain",
      "text/plain;charset=UTF-8",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/jsonx",
      "application/octet-stream",
      null,
    ]) {
      expect(isJsonContentType(header)).toBe(false);
      let error: unknown;
      try {
        assertJsonContentType(header);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(415);
      expect((error as AppError).message).toMatch(header ? `sent as ${header.split(";")[0]}` : "without a Content-Type");
      expect((error as AppError).message).toMatch(/Content-Type: application\/json/);
    }
  });
});
